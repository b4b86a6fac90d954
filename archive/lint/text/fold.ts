/**
 * Folds text for matching without changing its length, so a match's offsets point into the original:
 * full-width ASCII (ｗｗｗ．ｘｘ．ｃｏｍ, often used to slip past filters) becomes ASCII, and letters lower case.
 */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0).toLowerCase() : c === 0x3002 ? '。' : s[i]!.toLowerCase().length === 1 ? s[i]!.toLowerCase() : s[i]!;
  }
  return out;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** How Chinese a text is: counts of Han characters and Latin letters. */
export function scriptCounts(s: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (const ch of s) {
    if (HAN.test(ch)) han++;
    else if (LATIN.test(ch)) latin++;
  }
  return { han, latin };
}
