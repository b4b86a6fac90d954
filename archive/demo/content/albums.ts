import type { LocalText } from '../../api/contract';
import type { Branch } from '../art/portrait';
import type { Scene } from '../art/photo';
import { mn } from './mn';

/** One picture in an album: a drawn sample scene, or a drawn studio portrait of an elderly veteran. */
export type AlbumPicture =
  | { kind: 'scene'; scene: Scene; sepia: number; border: boolean; caption: LocalText }
  | { kind: 'portrait'; branch: Branch; gender: 'm' | 'f'; caption: LocalText };

export interface SampleAlbum {
  id: string;
  title: LocalText;
  body: LocalText;
  /** Sample decades the album's pictures are styled after; a sample date, never a reported one. */
  years: [number, number];
  pictures: AlbumPicture[];
}

/**
 * SAMPLE ALBUMS for 老兵影像展. The report mentions a portrait exhibition of veterans but none of its
 * photographs, so these pictures are drawn for the demonstration and stored with sample = true.
 */
export const SAMPLE_ALBUMS: SampleAlbum[] = [
  {
    id: 'portraits-of-veterans',
    title: { zh: '峥嵘岁月：老兵肖像', en: 'Glorious years: portraits of veterans', mn: mn('ᠠᠬᠠᠮᠠᠳ ᠴᠡᠷᠢᠭ-ᠦᠨ ᠬᠥᠷᠥᠭ') },
    body: {
      zh: '以肖像致敬老兵，是赤峰双拥工作的传统之一。本相册为演示而绘制的示例肖像，展示展厅如何呈现一组老兵照片。',
      en: 'Honouring veterans with portraits is one of the city’s traditions. This album holds sample portraits drawn for the demonstration, to show how the kiosk presents a series of veterans’ photographs.',
    },
    years: [1950, 1960],
    pictures: [
      { kind: 'portrait', branch: 'veteran', gender: 'm', caption: { zh: '示例肖像：佩戴纪念章的老兵', en: 'Sample portrait: a veteran wearing his medals' } },
      { kind: 'portrait', branch: 'army', gender: 'm', caption: { zh: '示例肖像：身着旧式军装的战士', en: 'Sample portrait: a soldier in an early uniform' } },
      { kind: 'portrait', branch: 'veteran', gender: 'f', caption: { zh: '示例肖像：曾任卫生员的女兵', en: 'Sample portrait: a former army medic' } },
      { kind: 'portrait', branch: 'army', gender: 'm', caption: { zh: '示例肖像：入伍时的留影', en: 'Sample portrait: taken on enlistment' } },
      { kind: 'portrait', branch: 'veteran', gender: 'm', caption: { zh: '示例肖像：晚年的老兵', en: 'Sample portrait: a veteran in later life' } },
      { kind: 'portrait', branch: 'border', gender: 'm', caption: { zh: '示例肖像：边防老兵', en: 'Sample portrait: a border-defence veteran' } },
    ],
  },
  {
    id: 'farewell-and-welcome',
    title: { zh: '送兵与迎归', en: 'Farewells and homecomings', mn: mn('ᠴᠡᠷᠢᠭ ᠦᠳᠡᠰᠬᠡᠬᠦ ᠪᠠ ᠤᠭᠲᠤᠬᠤ') },
    body: {
      zh: '每年的新兵欢送会和退役士兵返乡欢迎仪式，是城市与军队之间最温暖的时刻。本相册的照片为演示而绘制的示例图片。',
      en: 'The yearly send-offs for recruits and welcome-home ceremonies for veterans are the warmest moments between the city and its soldiers. The pictures in this album are samples drawn for the demonstration.',
    },
    years: [1985, 2005],
    pictures: [
      { kind: 'scene', scene: 'sendoff', sepia: 0.85, border: true, caption: { zh: '示例照片：新兵佩戴大红花登上列车', en: 'Sample photo: recruits with red flowers board the train' } },
      { kind: 'scene', scene: 'sendoff', sepia: 0.5, border: false, caption: { zh: '示例照片：站台上挥手送别的亲人', en: 'Sample photo: families waving on the platform' } },
      { kind: 'scene', scene: 'ceremony', sepia: 0.7, border: true, caption: { zh: '示例照片：入伍仪式', en: 'Sample photo: an enlistment ceremony' } },
      { kind: 'scene', scene: 'welcome', sepia: 0.45, border: false, caption: { zh: '示例照片：退役士兵返乡欢迎仪式', en: 'Sample photo: welcoming veterans home' } },
      { kind: 'scene', scene: 'group', sepia: 0.9, border: true, caption: { zh: '示例照片：返乡老兵合影', en: 'Sample photo: returning veterans together' } },
      { kind: 'scene', scene: 'welcome', sepia: 0.3, border: false, caption: { zh: '示例照片：鲜花与掌声', en: 'Sample photo: flowers and applause' } },
    ],
  },
  {
    id: 'building-together',
    title: { zh: '军民共建', en: 'Building together', mn: mn('ᠴᠡᠷᠢᠭ ᠠᠷᠠᠳ ᠬᠠᠮᠲᠤ ᠪᠠᠢᠭᠤᠯᠬᠤ') },
    body: {
      zh: '植树造林、帮扶乡村、国防教育、抢险救灾，军民携手建设家园。本相册的照片为演示而绘制的示例图片。',
      en: 'Planting trees, helping villages, teaching defence and fighting floods: soldiers and civilians building their home together. The pictures in this album are samples drawn for the demonstration.',
    },
    years: [1995, 2015],
    pictures: [
      { kind: 'scene', scene: 'trees', sepia: 0.6, border: false, caption: { zh: '示例照片：军民共植双拥林', en: 'Sample photo: soldiers and villagers planting trees' } },
      { kind: 'scene', scene: 'greenhouse', sepia: 0.4, border: false, caption: { zh: '示例照片：帮扶村里的蔬菜大棚', en: 'Sample photo: vegetable greenhouses in a partner village' } },
      { kind: 'scene', scene: 'lecture', sepia: 0.35, border: false, caption: { zh: '示例照片：军人走进课堂', en: 'Sample photo: a soldier visits a classroom' } },
      { kind: 'scene', scene: 'rescue', sepia: 0.55, border: true, caption: { zh: '示例照片：抗洪抢险', en: 'Sample photo: fighting a flood' } },
      { kind: 'scene', scene: 'trees', sepia: 0.95, border: true, caption: { zh: '示例照片：早年的植树活动', en: 'Sample photo: tree planting in earlier years' } },
      { kind: 'scene', scene: 'medals', sepia: 0.2, border: false, caption: { zh: '示例照片：荣誉陈列', en: 'Sample photo: honours on display' } },
    ],
  },
];
