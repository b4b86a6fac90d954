import type { LocalText } from '../../api/contract';
import { mn } from './mn';

/** Chifeng's three districts, two counties and seven banners: where the sample people come from. */
export const HOMETOWNS = {
  hongshan: { zh: '赤峰市红山区', en: 'Hongshan District, Chifeng' },
  yuanbaoshan: { zh: '赤峰市元宝山区', en: 'Yuanbaoshan District, Chifeng' },
  songshan: { zh: '赤峰市松山区', en: 'Songshan District, Chifeng' },
  ningcheng: { zh: '赤峰市宁城县', en: 'Ningcheng County, Chifeng' },
  linxi: { zh: '赤峰市林西县', en: 'Linxi County, Chifeng' },
  arhorqin: { zh: '赤峰市阿鲁科尔沁旗', en: 'Ar Horqin Banner, Chifeng' },
  bairinzuo: { zh: '赤峰市巴林左旗', en: 'Bairin Left Banner, Chifeng' },
  bairinyou: { zh: '赤峰市巴林右旗', en: 'Bairin Right Banner, Chifeng' },
  hexigten: { zh: '赤峰市克什克腾旗', en: 'Hexigten Banner, Chifeng' },
  ongniud: { zh: '赤峰市翁牛特旗', en: 'Ongniud Banner, Chifeng' },
  harqin: { zh: '赤峰市喀喇沁旗', en: 'Harqin Banner, Chifeng' },
  aohan: { zh: '赤峰市敖汉旗', en: 'Aohan Banner, Chifeng' },
} satisfies Record<string, LocalText>;
export type Hometown = keyof typeof HOMETOWNS;

export const ETHNICITIES = {
  han: { zh: '汉族', en: 'Han', mn: mn('ᠬᠢᠳᠠᠳ') },
  mongol: { zh: '蒙古族', en: 'Mongol', mn: mn('ᠮᠣᠩᠭᠣᠯ') },
  manchu: { zh: '满族', en: 'Manchu', mn: mn('ᠮᠠᠨᠵᠤ') },
  hui: { zh: '回族', en: 'Hui', mn: mn('ᠬᠣᠲᠣᠩ') },
} satisfies Record<string, LocalText>;
export type Ethnicity = keyof typeof ETHNICITIES;
