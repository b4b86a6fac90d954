import { WORD_GROUPS } from '../doc';
import { wordsOf } from '../doc-keys';
import type { InvertedIndex } from '../inverted-index';
import { EMPTY, intersect, union } from '../postings';
import type { ScoreBoard } from '../score-board';
import { SCORE } from '../scores';

const W_NAME = 0;
const W_TITLE = 1;
const W_OTHER = 2;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * English and Mongolian search, case- and accent-insensitive through folding: every query word must begin
 * a word of the exhibit's translated text (`her` finds "Hero", `inner mong` finds "Inner Mongolia").
 * Words of up to three letters use the prefix lists; longer ones the lists of every whole word they begin.
 * In names and titles, a whole line equal to the query is exact and a line beginning with it a prefix match.
 */
export function searchWords(index: InvertedIndex, q: string, board: ScoreBoard): void {
  const words = [...new Set(wordsOf(q))];
  if (words.length === 0) return;
  for (const g of [W_NAME, W_TITLE]) {
    const [exact, prefix, contains] = g === W_NAME ? [SCORE.nameExact, SCORE.namePrefix, SCORE.name] : [SCORE.titleExact, SCORE.titlePrefix, SCORE.title];
    board.raiseList(index.store, index.wholeWords[g]!.list(`=${q}`), exact);
    const all = intersect(words.map((w) => wordDocs(index, g, w)));
    if (all.length === 0) continue;
    // The line begins with the query: its first word begins with the first query word (and, for several
    // words, the line itself begins with the query).
    const starts = wordDocs(index, g, words[0]!, '^');
    const startSet = words.length === 1 ? starts : intersect([starts, all]).filter((id) => linesStartWith(index.translated(id, g), q));
    raiseAll(board, startSet, prefix);
    raiseAll(board, all, contains);
  }
  const lists = words.map((w) => wordDocs(index, W_OTHER, w));
  if (lists.every((l) => l.length > 0)) raiseAll(board, intersect(lists), SCORE.long);
  if (words.length < 2) return;
  // Words found in different fields (a name in one, a unit in another) still make a match, ranked lower.
  const spread = words.map((w) => union(Array.from({ length: WORD_GROUPS }, (_, g) => wordDocs(index, g, w))));
  for (const id of intersect(spread)) if (board.get(id) === 0) board.raise(id, SCORE.spread);
}

function raiseAll(board: ScoreBoard, ids: ArrayLike<number>, score: number): void {
  for (let i = 0; i < ids.length; i++) board.raise(ids[i]!, score);
}

/** Exhibits with a word beginning with `w` in group g (`mark` '^': the first word of a line). */
function wordDocs(index: InvertedIndex, g: number, w: string, mark = ''): Int32Array {
  if ([...w].length <= 3) return index.wordList(g, mark + w);
  const words = index.wordsStartingWith(w);
  if (words.length === 0) return EMPTY;
  return union(words.map((word) => index.wholeWordList(g, mark + word)));
}

function linesStartWith(text: string, q: string): boolean {
  return text.startsWith(q) || text.includes(`\n${q}`);
}

export function hasWordPrefix(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) if (atWordStart(text, at)) return true;
  return false;
}

/** True when a word begins at `at`: the text starts there or the character before is not a letter or digit. */
export function atWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  const prev = before >= 0xdc00 && before <= 0xdfff && at >= 2 ? text.codePointAt(at - 2)! : before;
  return !WORD_CHAR.test(String.fromCodePoint(prev));
}
