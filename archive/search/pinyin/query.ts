import { isPiece, MAX_PIECE, syllables } from './syllables';

/**
 * A query the pinyin path can answer: letters and digits, spaces (which only mark where one character's
 * spelling ends) and Chinese characters typed literally, as in `li白`. One token per letter or character.
 */
export interface PinyinQuery {
  tokens: readonly PinyinToken[];
  /** Token j's letter at index j ('\0' for a character token), for fast comparison. */
  letters: string;
  isChar: Uint8Array;
  /** Code point of a character token (0 for letters). */
  cps: Int32Array;
  /** For a letter: the token index where its run of letters ends (exclusive); a piece never crosses it. */
  runEnd: Int32Array;
  /** The letter runs: `li bai` → ['li', 'bai']. */
  runs: readonly string[];
  /** True when the query is one run of letters, without spaces or characters. */
  plain: boolean;
}

export type PinyinToken = { kind: 'letter'; ch: string } | { kind: 'char'; cp: number };

const ALLOWED = /^[a-z0-9 \p{Script=Han}]+$/u;
const HAN = /\p{Script=Han}/u;

/** Parses a normalised query, or returns null when it has no letters or holds anything else. */
export function parsePinyinQuery(text: string): PinyinQuery | null {
  if (!text || !ALLOWED.test(text) || !/[a-z]/.test(text)) return null;
  const tokens: PinyinToken[] = [];
  const breaks: number[] = [];
  for (const ch of text) {
    if (ch === ' ') breaks.push(tokens.length);
    else if (HAN.test(ch)) {
      breaks.push(tokens.length);
      tokens.push({ kind: 'char', cp: ch.codePointAt(0)! });
      breaks.push(tokens.length);
    } else tokens.push({ kind: 'letter', ch });
  }
  const n = tokens.length;
  const runEnd = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) runEnd[j] = j + 1 < n && tokens[j + 1]!.kind === 'letter' && !breaks.includes(j + 1) ? runEnd[j + 1]! : j + 1;
  const runs: string[] = [];
  for (let j = 0; j < n; ) {
    if (tokens[j]!.kind === 'char') {
      j++;
      continue;
    }
    runs.push(tokens.slice(j, runEnd[j]).map((t) => (t as { ch: string }).ch).join(''));
    j = runEnd[j]!;
  }
  return {
    tokens,
    letters: tokens.map((t) => (t.kind === 'letter' ? t.ch : '\0')).join(''),
    isChar: Uint8Array.from(tokens, (t) => (t.kind === 'char' ? 1 : 0)),
    cps: Int32Array.from(tokens, (t) => (t.kind === 'char' ? t.cp : 0)),
    runEnd,
    runs,
    plain: runs.length === 1 && tokens.every((t) => t.kind === 'letter'),
  };
}

/** Letters a reading's initial takes when typed alone: zh, ch and sh are typed as two. */
export function initialLength(reading: string): number {
  const c = reading.charCodeAt(0);
  return (c === 0x7a || c === 0x63 || c === 0x73) && reading.charCodeAt(1) === 0x68 ? 2 : 1;
}

/** One way to read the query: a piece per character (letters, or a literal character). */
export type Piece = { text: string; cp: number; last: boolean };

/**
 * Ways to cut the query into pieces, one per character, longest pieces first: a piece is a literal
 * character, a whole syllable, an initial or a single letter or digit; the last piece may also be any
 * beginning of a syllable (the visitor is still typing). These are the pieces matchPinyin accepts.
 * Capped, because a long run of vowels can be cut very many ways; `capped` tells the caller to fall back
 * to a broader candidate set.
 */
export function segmentations(query: PinyinQuery, cap = 2048): { ways: Piece[][]; capped: boolean } {
  const ways: Piece[][] = [];
  let capped = false;
  const n = query.tokens.length;
  const walk = (j: number, acc: Piece[]) => {
    if (ways.length >= cap) {
      capped = true;
      return;
    }
    if (j === n) {
      ways.push(acc);
      return;
    }
    if (query.isChar[j]) {
      walk(j + 1, [...acc, { text: '', cp: query.cps[j]!, last: j + 1 === n }]);
      return;
    }
    const runEnd = query.runEnd[j]!;
    for (let len = Math.min(MAX_PIECE, runEnd - j); len >= 1; len--) {
      const text = query.letters.slice(j, j + len);
      const last = j + len === n;
      // Only the last piece may be any beginning of a reading; the others are whole readings or initials.
      if (last ? isPiece(text) : len === 1 || syllables.has(text) || (len === 2 && initialLength(text) === 2)) walk(j + len, [...acc, { text, cp: 0, last }]);
    }
  };
  walk(0, []);
  return { ways, capped };
}
