import { describe, expect, it } from 'vitest';
import { codePoints } from '../../../archive/search/doc';
import { matchPinyin } from '../../../archive/search/pinyin/match';
import { parsePinyinQuery, segmentations } from '../../../archive/search/pinyin/query';
import { readingsOf, SURNAME_FIXUPS, surnameExtras } from '../../../archive/search/pinyin/readings';

const q = (text: string) => {
  const parsed = parsePinyinQuery(text);
  if (!parsed) throw new Error(`not a pinyin query: ${text}`);
  return parsed;
};
/** Where the query matches in a text (code point positions), or null. */
const at = (text: string, query: string, isName = false) => matchPinyin(codePoints(text), isName ? surnameExtras(text) : undefined, q(query));
const whole = (text: string, query: string, isName = false) => matchPinyin(codePoints(text), isName ? surnameExtras(text) : undefined, q(query), true) !== null;

describe('parsePinyinQuery', () => {
  it('accepts letters, digits, spaces and Chinese characters, and nothing without a letter', () => {
    expect(q('li bai').runs).toEqual(['li', 'bai']);
    expect(q('li白').tokens.map((t) => t.kind)).toEqual(['letter', 'letter', 'char']);
    expect(q('31672bd').runs).toEqual(['31672bd']);
    for (const bad of ['', '李白', '123', 'li-bai', 'hé', 'li\nbai', '<script>']) expect(parsePinyinQuery(bad)).toBeNull();
  });
});

describe('matchPinyin', () => {
  it('matches full spelling, initials, mixtures and prefixes while typing', () => {
    for (const typed of ['libai', 'li bai', 'lb', 'l b', 'lib', 'liba', 'lbai', 'li白', 'l白', 'li']) expect(at('李白', typed), typed).toEqual({ start: 0, end: typed === 'li' ? 1 : 2 });
    expect(at('最美退役军人', 'zmtyjr')).toEqual({ start: 0, end: 6 });
    expect(at('全国最美退役军人', 'zmty')).toEqual({ start: 2, end: 6 });
    expect(at('李白', 'bai')).toEqual({ start: 1, end: 2 });
  });

  it('refuses pieces that are neither a whole reading nor an initial, except at the end', () => {
    // `lia` can only start 李 as "li" + "a…": a is no reading of 白.
    expect(at('李白', 'liab')).toBeNull();
    expect(at('李白', 'lbi')).toBeNull();
    expect(at('李白', 'libaix')).toBeNull();
    // A space ends a character's spelling.
    expect(at('李白', 'l ibai')).toBeNull();
    expect(at('张伟', 'z hwei')).toBeNull();
  });

  it('takes zh, ch and sh as initials as well as their first letter', () => {
    expect(at('张伟', 'zw')).not.toBeNull();
    expect(at('张伟', 'zhw')).not.toBeNull();
    expect(at('长城', 'cc')).not.toBeNull();
    expect(at('长城', 'chch')).not.toBeNull();
  });

  it('accepts every reading of a polyphonic character and ü typed as v or u', () => {
    expect(at('长城', 'changcheng')).not.toBeNull();
    expect(at('成长', 'chengzhang')).not.toBeNull();
    expect(at('吕布', 'lvbu')).not.toBeNull();
    expect(at('吕布', 'lubu')).not.toBeNull();
  });

  it('reads polyphonic surnames as surnames at the start of a name', () => {
    const names: [string, string][] = [
      ['单雄信', 'shanxiongxin'],
      ['曾国藩', 'zengguofan'],
      ['解缙', 'xiejin'],
      ['仇英', 'qiuying'],
      ['区华', 'ouhua'],
    ];
    for (const [name, spelling] of names) {
      expect(whole(name, spelling, true), `${name} ${spelling}`).toBe(true);
      expect(SURNAME_FIXUPS[[...name][0]!]).toBe(spelling.slice(0, SURNAME_FIXUPS[[...name][0]!]!.length));
    }
    // Both readings stay accepted: 单 is also dan.
    expect(at('单雄信', 'danxiong', true)).not.toBeNull();
  });

  it('tells an exact spelling of the whole text from a partial one', () => {
    expect(whole('李白', 'libai')).toBe(true);
    expect(whole('李白', 'li bai')).toBe(true);
    expect(whole('李白', 'lb')).toBe(false);
    expect(whole('李白', 'lib')).toBe(false);
    expect(whole('李白杜甫', 'libai')).toBe(false);
  });

  it('matches Latin letters and digits in the text literally', () => {
    expect(at('31672部队', '31672bd')).toEqual({ start: 0, end: 7 });
    expect(at('PLA三连', 'pla')).toBeNull(); // folding lower-cases the text before matching; raw upper case never matches
    expect(at('pla三连', 'plasl')).toEqual({ start: 0, end: 5 });
  });

  it('stays quick and bounded on hostile input', () => {
    const long = '啊'.repeat(60);
    expect(at(long, 'a'.repeat(30))).toEqual({ start: 0, end: 30 });
    expect(at(long, `${'a'.repeat(29)}b`)).toBeNull();
  });
});

describe('segmentations', () => {
  it('lists the ways to cut the letters, whole readings first', () => {
    const ways = segmentations(q('libai')).ways.map((w) => w.map((p) => p.text).join('|'));
    expect(ways[0]).toBe('li|bai');
    expect(ways).toContain('li|b|ai');
    expect(ways).not.toContain('lia|b'); // a piece that is not last must be a whole reading or an initial
    expect(segmentations(q('zmtyjr')).ways.map((w) => w.map((p) => p.text).join('|'))).toEqual(['z|m|t|y|j|r']);
  });

  it('caps a pathological query instead of exploring every cut', () => {
    const result = segmentations(q('aoaoaoaoaoaoaoaoaoaoaoao'), 100);
    expect(result.ways.length).toBeLessThanOrEqual(100);
    expect(result.capped).toBe(true);
  });
});

describe('readingsOf', () => {
  it('gives toneless readings, Latin letters and digits as themselves, nothing for punctuation', () => {
    expect(readingsOf('长'.codePointAt(0)!)).toEqual(expect.arrayContaining(['chang', 'zhang']));
    expect(readingsOf('a'.codePointAt(0)!)).toEqual(['a']);
    expect(readingsOf('7'.codePointAt(0)!)).toEqual(['7']);
    expect(readingsOf('，'.codePointAt(0)!)).toEqual([]);
  });
});
