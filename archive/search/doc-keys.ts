import { codePoints, G_LONG, G_NAME, G_SHORT, G_TITLE, WORD_GROUPS, type IndexedDoc } from './doc';
import { readingsAt } from './pinyin/match';

/**
 * Character groups listed per exhibit: one-character queries and pinyin that may spell one character
 * ("s", "li") match so many names and titles that walking lists of exhibits beats walking distinct texts.
 */
export const C_NAME_START = 0;
export const C_NAME = 1;
export const C_TITLE_START = 2;
export const C_TITLE = 3;
export const C_LONG = 4;
export const CHAR_GROUPS = 5;

/** Reading groups listed per exhibit. Short fields are not listed per exhibit: their few distinct values
 *  are walked in the segment index instead (the same 赤峰市 on 40,000 exhibits is one segment). */
export const R_NAME_START = 0;
export const R_NAME = 1;
export const R_TITLE = 2;
export const READING_GROUPS = 3;

/** Every key an exhibit is listed under; computed the same way to add it and to remove it again. */
export interface DocKeys {
  /** Code points per character group, whitespace excluded. */
  chars: Set<number>[];
  /** Pinyin readings per reading group (names, titles, short fields). */
  readings: Set<string>[];
  /** Word prefixes of one to three characters per translated group. */
  words: Set<string>[];
  /** Whole words per translated group. In the name and title groups, keys starting with ^ are the first
   *  word of a line (its prefixes and itself) and keys starting with = are whole lines. */
  wholeWords: Set<string>[];
  /** Whole translated words, for "did you mean". */
  vocabulary: Set<string>;
  /** Bit masks of reading first letters: name's first character, name, title, short fields. */
  letters: [number, number, number, number];
}

const WORD = /[\p{L}\p{N}]+/gu;


export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function docKeys(doc: IndexedDoc): DocKeys {
  // Fresh sets each time: short-lived garbage dies young and cheap (reused sets, being old, would drag
  // every new hash table they allocate into the old generation).
  const chars = Array.from({ length: CHAR_GROUPS }, () => new Set<number>());
  const readings = Array.from({ length: READING_GROUPS }, () => new Set<string>());
  const words = Array.from({ length: WORD_GROUPS }, () => new Set<string>());
  const wholeWords = Array.from({ length: WORD_GROUPS }, () => new Set<string>());
  const vocabulary = new Set<string>();
  const letters: [number, number, number, number] = [0, 0, 0, 0];
  const addText = (text: string, charGroup: number, startGroup: number, readingGroup: number, startReadings: number, extras: IndexedDoc['surname']) => {
    const cps = codePoints(text);
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i]!;
      if (cp === 0x20 || cp === 0x0a) continue;
      chars[charGroup]!.add(cp);
      if (i === 0 && startGroup >= 0) chars[startGroup]!.add(cp);
      if (readingGroup < 0) continue;
      for (const r of readingsAt(cps, extras, i)) {
        readings[readingGroup]!.add(r);
        const bit = letterBit(r);
        letters[readingGroup === R_NAME ? 1 : 2] |= bit;
        if (i === 0 && startReadings >= 0) {
          readings[startReadings]!.add(r);
          letters[0] |= bit;
        }
      }
    }
  };
  addText(doc.zh[G_NAME], C_NAME, C_NAME_START, R_NAME, R_NAME_START, doc.surname);
  addText(doc.zh[G_TITLE], C_TITLE, C_TITLE_START, R_TITLE, -1, []);
  for (const line of doc.zh[G_SHORT].split('\n')) {
    const cps = codePoints(line);
    for (let i = 0; i < cps.length; i++) for (const r of readingsAt(cps, [], i)) letters[3] |= letterBit(r);
  }
  longChars(doc.zh[G_LONG], chars[C_LONG]!);
  doc.words.forEach((text, g) => {
    for (const w of wordsOf(text)) {
      vocabulary.add(w);
      wholeWords[g]!.add(w);
      for (const p of shortPrefixes(w)) words[g]!.add(p);
    }
    if (g === WORD_GROUPS - 1) return;
    for (const line of text.split('\n')) {
      const first = wordsOf(line)[0];
      if (!first) continue;
      wholeWords[g]!.add(`=${line.replace(/\s+/gu, ' ').trim()}`);
      wholeWords[g]!.add(`^${first}`);
      for (const p of shortPrefixes(first)) words[g]!.add(`^${p}`);
    }
  });
  return { chars, readings, words, wholeWords, vocabulary, letters };
}

/** The code points of the long text an exhibit is listed under (C_LONG). */
export function longChars(long: string, into = new Set<number>()): Set<number> {
  for (let i = 0; i < long.length; i++) {
    const cp = long.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp !== 0x20 && cp !== 0x0a) into.add(cp);
  }
  return into;
}

/** The first one, two and three characters of a word: the keys short query words are looked up by. */
function shortPrefixes(w: string): string[] {
  if (!SURROGATE.test(w)) return w.length >= 3 ? [w.slice(0, 1), w.slice(0, 2), w.slice(0, 3)] : w.length === 2 ? [w.slice(0, 1), w] : [w];
  const cps = [...w];
  return Array.from({ length: Math.min(3, cps.length) }, (_, k) => cps.slice(0, k + 1).join(''));
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** The bit of a reading's first letter (a–z), or 0 for a digit. */
export function letterBit(reading: string): number {
  const c = reading.charCodeAt(0) - 0x61;
  return c >= 0 && c < 26 ? 1 << c : 0;
}
