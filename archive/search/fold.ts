import OpenCC from 'opencc-js';

// Folding maps text to the form search compares: simplified Chinese, lower case, compatibility forms
// (full-width letters, circled digits) to plain ones, accents and Mongolian variation selectors removed.
// It works one code point at a time, so fold(a + b) === fold(a) + fold(b): a substring of the folded
// text is always the fold of a substring of the original. Phrase-level conversion would break that
// (乾隆 stays 乾 while 乾 alone becomes 干), and with it exact substring search.

const toSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];

const MARKS = /[\p{M}\p{Cf}]/gu;
const SPACE = /^[\s\p{Cc}]$/u;

function foldUncached(ch: string): string {
  // Each step can expose work for another (ϒ decomposes to a capital Υ), so repeat to a fixed point:
  // folding twice must change nothing.
  let s = ch;
  for (let round = 0; round < 4; round++) {
    const next = foldOnce(s);
    if (next === s) break;
    s = next;
  }
  return s;
}

function foldOnce(text: string): string {
  let out = '';
  for (const ch of text) {
    // Every space and control character becomes a plain space (so folded text never holds a separator).
    if (SPACE.test(ch)) {
      out += ' ';
      continue;
    }
    const plain = ch.toLowerCase().normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase();
    for (const c of plain) out += c.codePointAt(0)! < 0x2e80 ? c : toSimplified.reduce((acc, conv) => conv(acc), c);
  }
  return out;
}

// BMP code points are cached in a flat table (-1 unknown, -2 unchanged, n: index into `replacements`).
const bmp = new Int32Array(0x10000).fill(-1);
const replacements: string[] = [];
const astral = new Map<number, string | null>();

for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  const f = foldUncached(ch);
  if (f === ch) bmp[c] = -2;
  else {
    bmp[c] = replacements.length;
    replacements.push(f);
  }
}

/** The folded form of one code point, or null when folding leaves it unchanged. */
export function foldCodePoint(cp: number): string | null {
  if (cp < 0x10000) {
    const slot = bmp[cp]!;
    if (slot === -2) return null;
    if (slot >= 0) return replacements[slot]!;
    const ch = String.fromCharCode(cp);
    const f = cp >= 0xd800 && cp <= 0xdfff ? '' : foldUncached(ch); // a lone surrogate is dropped
    if (f === ch) {
      bmp[cp] = -2;
      return null;
    }
    bmp[cp] = replacements.length;
    replacements.push(f);
    return f;
  }
  let f = astral.get(cp);
  if (f === undefined) {
    const ch = String.fromCodePoint(cp);
    const folded = foldUncached(ch);
    f = folded === ch ? null : folded;
    astral.set(cp, f);
  }
  return f;
}

/**
 * Folds a whole string; copies unchanged runs as slices, which is most of any Chinese text. The parts are
 * joined rather than concatenated so the result is one flat string that keeps nothing of the input alive
 * (a rope of slices would pin every raw row the index was built from).
 */
export function fold(text: string): string {
  const out: string[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; ) {
    const cu = text.charCodeAt(i);
    let cp = cu;
    let width = 1;
    if (cu >= 0xd800 && cu <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cu - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const f = foldCodePoint(cp);
    if (f !== null) {
      out.push(text.slice(runStart, i), f);
      runStart = i + width;
    }
    i += width;
  }
  if (runStart === 0) return text;
  out.push(text.slice(runStart));
  return out.join('');
}

/**
 * Folds text and remembers where each folded UTF-16 unit came from, so a match found in the folded text
 * maps back to a range of the original that starts and ends on code point boundaries.
 * `from[k]` / `to[k]`: the original range [from, to) of the code point that produced folded unit k.
 */
export function foldWithOrigin(text: string): { folded: string; from: Int32Array; to: Int32Array } {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp) ?? text.slice(i, i + width);
    parts.push(f);
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    i += width;
  }
  return { folded: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The query as search understands it: folded, spaces collapsed, and no spaces between Chinese characters. */
export function normalizeQuery(q: string): string {
  return fold(q)
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}
