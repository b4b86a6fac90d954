// Chinese numerals as they appear in dates: 一九五〇 (digit by digit) and 十月 / 二十一日 (positional).

const DIGIT: Record<string, number> = { '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const CHINESE_NUMERAL_CHARS = '〇○零Ｏ一二两三四五六七八九十';

/** 一九五〇 → 1950: each character one digit, as years are written. Null when any character is not a digit. */
export function digitsByCharacter(s: string): number | null {
  if (!s) return null;
  let n = 0;
  for (const c of s) {
    const d = DIGIT[c];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** 十 → 10, 十二 → 12, 二十一 → 21, 三十 → 30, 九 → 9: the positional form months and days use (up to 99). */
export function positional(s: string): number | null {
  if (!s) return null;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? DIGIT[m[1]]! : 1) * 10 + (m[2] ? DIGIT[m[2]]! : 0);
  if (s.length === 1 && DIGIT[s] !== undefined) return DIGIT[s]!;
  return null;
}

/** Replaces runs of Chinese numerals with Arabic digits: year runs digit by digit, month/day runs positionally. */
export function chineseNumeralsToArabic(s: string): string {
  return s.replace(/[〇○零Ｏ一二两三四五六七八九十]+/g, (run) => {
    if (run.includes('十')) {
      const v = positional(run);
      return v === null ? run : String(v);
    }
    const v = digitsByCharacter(run);
    return v === null ? run : String(v).padStart(run.length, '0');
  });
}
