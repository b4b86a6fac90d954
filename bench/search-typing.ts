// What visitors type, keystroke by keystroke. A Chinese sequence grows by one picked character per
// keystroke (its class is the length so far); letter sequences grow by one letter.

export type QueryClass = 'zh-1' | 'zh-2' | 'zh-3' | 'zh-4+' | 'pinyin' | 'initials' | 'english' | 'typo';

export const CLASSES: readonly QueryClass[] = ['zh-1', 'zh-2', 'zh-3', 'zh-4+', 'pinyin', 'initials', 'english', 'typo'];

const CHINESE = ['李白', '杜甫', '白居易', '李商隐', '明月', '水调歌头', '最美退役军人', '英雄', '赤峰', '月', '春风', '张伟', '巴特尔', '边防', '一等功', '故人', '长安', '战斗英雄', '曾国', '单雄信'];
const PINYIN = ['libai', 'dufu', 'baijuyi', 'lishangyin', 'zhangwei', 'jingyesi', 'shuidiaogetou', 'chifeng', 'bateer', 'mingyue', 'shanxiongxin', 'zengguo'];
const INITIALS = ['lb', 'df', 'bjy', 'lsy', 'zmtyjr', 'zw', 'jys', 'cf', 'qmg', 'sdgt'];
const ENGLISH = ['hero', 'veteran', 'border defence', 'chifeng', 'flood relief', 'merit', 'zhang wei', 'most admired', 'inner mongolia'];
const TYPOS = ['静夜死', '水调哥头', 'libia', 'veteren', 'chifneg', 'bordr'];

export interface Keystroke {
  cls: QueryClass;
  q: string;
  /** True for the last keystroke of its sequence: the whole query. */
  whole: boolean;
}

function prefixes(s: string): string[] {
  const chars = [...s];
  return chars.map((_, i) => chars.slice(0, i + 1).join(''));
}

export function keystrokes(): Keystroke[] {
  const out: Keystroke[] = [];
  const zhClass = (n: number): QueryClass => (n === 1 ? 'zh-1' : n === 2 ? 'zh-2' : n === 3 ? 'zh-3' : 'zh-4+');
  for (const s of CHINESE) prefixes(s).forEach((q, i, all) => out.push({ cls: zhClass(i + 1), q, whole: i === all.length - 1 }));
  const letters = (list: string[], cls: QueryClass) => {
    for (const s of list) prefixes(s).forEach((q, i, all) => out.push({ cls, q, whole: i === all.length - 1 }));
  };
  letters(PINYIN, 'pinyin');
  letters(INITIALS, 'initials');
  letters(ENGLISH, 'english');
  letters(TYPOS, 'typo');
  return out;
}
