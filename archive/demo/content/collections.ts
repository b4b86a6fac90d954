import type { LocalText } from '../../api/contract';
import { mn } from './mn';

export interface DemoCollection {
  slug: 'heroes' | 'veterans' | 'history';
  layout: 'portraits' | 'photos' | 'timeline';
  title: LocalText;
  description: LocalText;
}

/** The three galleries. Descriptions say plainly which parts are sample content. */
export const DEMO_COLLECTIONS: DemoCollection[] = [
  {
    slug: 'heroes',
    layout: 'portraits',
    title: { zh: '英模肖像', en: 'Portraits of heroes', mn: mn('ᠪᠠᠭᠠᠲᠤᠷ ᠵᠢᠱᠢᠶ~ᠡ-ᠶᠢᠨ ᠬᠥᠷᠥᠭ') },
    description: {
      zh: '解放军英模、戍边英雄、最美退役军人和最美军嫂的肖像。本展厅中的人物均为演示用的示例人物。',
      en: 'Portraits of PLA heroes and model soldiers, border-defence heroes, most admired veterans and military spouses. Everyone in this gallery is a sample person made up for the demonstration.',
      mn: mn('ᠪᠠᠭᠠᠲᠤᠷ ᠵᠢᠱᠢᠶ~ᠡ-ᠶᠢᠨ ᠬᠥᠷᠥᠭ᠃ ᠡᠨᠡ ᠲᠠᠨᠬᠢᠮ-ᠤᠨ ᠬᠥᠮᠦᠰ ᠪᠦᠭᠦᠳᠡ ᠵᠢᠱᠢᠶ~ᠡ ᠪᠣᠯᠤᠨ᠎ᠠ᠃'),
    },
  },
  {
    slug: 'veterans',
    layout: 'photos',
    title: { zh: '老兵影像展', en: 'Veteran photo exhibits', mn: mn('ᠠᠬᠠᠮᠠᠳ ᠴᠡᠷᠢᠭ-ᠦᠨ ᠭᠡᠷᠡᠯ ᠵᠢᠷᠤᠭ-ᠤᠨ ᠦᠵᠡᠰᠬᠦᠯᠡᠩ') },
    description: {
      zh: '老兵的肖像与往事，新兵出征与老兵返乡。本展厅中的照片均为演示用的示例图片。',
      en: 'Veterans’ portraits and memories, recruits setting out and veterans coming home. The pictures in this gallery are samples drawn for the demonstration.',
      mn: mn('ᠠᠬᠠᠮᠠᠳ ᠴᠡᠷᠢᠭ-ᠦᠨ ᠭᠡᠷᠡᠯ ᠵᠢᠷᠤᠭ᠃ ᠡᠨᠡ ᠲᠠᠨᠬᠢᠮ-ᠤᠨ ᠵᠢᠷᠤᠭ ᠪᠦᠭᠦᠳᠡ ᠵᠢᠱᠢᠶ~ᠡ ᠪᠣᠯᠤᠨ᠎ᠠ᠃'),
    },
  },
  {
    slug: 'history',
    layout: 'timeline',
    title: { zh: '双拥三十年', en: 'Thirty years of the tradition', mn: mn('ᠴᠡᠷᠢᠭ-ᠢ ᠳᠡᠮᠵᠢᠬᠦ ᠠᠷᠠᠳ-ᠢ ᠬᠠᠶᠢᠷᠠᠯᠠᠬᠤ ᠭᠤᠴᠢᠨ ᠵᠢᠯ') },
    description: {
      zh: '赤峰市拥军优属、拥政爱民的三十年。标注年份的条目与专题展板均摘自2024年的新闻报道；标有“示例”的条目为演示而添加。',
      en: 'Thirty years of Chifeng supporting the army and the army serving the people. Dated entries and themed panels come from a 2024 news report; entries marked “Sample” were added for the demonstration.',
      mn: mn('ᠤᠯᠠᠭᠠᠨᠬᠠᠳᠠ-ᠶᠢᠨ ᠴᠡᠷᠢᠭ-ᠢ ᠳᠡᠮᠵᠢᠬᠦ ᠠᠷᠠᠳ-ᠢ ᠬᠠᠶᠢᠷᠠᠯᠠᠬᠤ ᠭᠤᠴᠢᠨ ᠵᠢᠯ᠃'),
    },
  },
];
