import { initialLength, type PinyinQuery } from './query';
import { readingsOf } from './readings';

/** Where a pinyin query matched in a text, in code point positions [start, end). */
export interface PinyinMatch {
  start: number;
  end: number;
}

/** Extra readings per position (surname readings at the start of a name); usually empty. */
export type Extras = readonly (readonly string[])[];

const NO_EXTRAS: Extras = [];

export function readingsAt(cps: ArrayLike<number>, extras: Extras, i: number): readonly string[] {
  const own = readingsOf(cps[i]!);
  const more = extras[i];
  return more && more.length ? [...own, ...more] : own;
}

// The aligner runs for many texts per keystroke, so its state lives in module variables rather than a
// closure allocated per call.
let cps: ArrayLike<number> = [];
let extras: Extras = NO_EXTRAS;
let q: PinyinQuery;
let n = 0;
let m = 0;
let failed = new Uint8Array(1024);
let complete = false;
let end = -1;

/**
 * Aligns the query with consecutive characters of a text, one piece per character. A piece is a literal
 * character, or letters that spell the character: a whole reading, its first letter or its initial
 * (zh, ch, sh), or, for the last piece of the query, any prefix of a reading (the visitor is still typing).
 *
 * With `whole`, every piece must be a whole reading and the match must cover the text from start to end:
 * that is how `libai` is an exact name match for 李白 while `lb` and `lib` are not.
 */
export function matchPinyin(text: ArrayLike<number>, textExtras: Extras | undefined, query: PinyinQuery, whole = false): PinyinMatch | null {
  m = text.length;
  n = query.tokens.length;
  if (n === 0 || m === 0) return null;
  cps = text;
  extras = textExtras ?? NO_EXTRAS;
  q = query;
  complete = whole;
  end = -1;
  const size = (m + 1) * (n + 1);
  if (failed.length < size) failed = new Uint8Array(size * 2);
  failed.fill(0, 0, size);
  if (whole) return can(0, 0) ? { start: 0, end: m } : null;
  for (let s = 0; s < m; s++) if (can(s, 0)) return { start: s, end };
  return null;
}

function can(i: number, j: number): boolean {
  if (j === n) {
    if (complete && i !== m) return false;
    end = i;
    return true;
  }
  if (i === m) return false;
  const key = i * (n + 1) + j;
  if (failed[key]) return false;
  if (q.isChar[j]) {
    if (cps[i] === q.cps[j] && can(i + 1, j + 1)) return true;
  } else {
    const runEnd = q.runEnd[j]!;
    const letters = q.letters;
    for (const r of readingsAt(cps, extras, i)) {
      let k = 0;
      while (k < r.length && j + k < runEnd && letters.charCodeAt(j + k) === r.charCodeAt(k)) k++;
      if (k === 0) continue;
      if (k === r.length && can(i + 1, j + k)) return true;
      if (complete) continue;
      // Typed alone, a character can be just its first letter (z for 张) or its initial (zh).
      if (r.length > 1 && can(i + 1, j + 1)) return true;
      if (k >= 2 && r.length > 2 && initialLength(r) === 2 && can(i + 1, j + 2)) return true;
      if (runEnd === n && j + k === n && k < r.length && can(i + 1, n)) return true;
    }
  }
  failed[key] = 1;
  return false;
}
