import { codePoints } from '../doc';
import type { InvertedIndex } from '../inverted-index';
import { letterBit, R_NAME, R_NAME_START, R_TITLE } from '../doc-keys';
import { matchPinyin, type PinyinMatch } from '../pinyin/match';
import { initialLength, segmentations, type Piece, type PinyinQuery } from '../pinyin/query';
import { readingsOf } from '../pinyin/readings';
import { isPiece, syllables } from '../pinyin/syllables';
import { intersect, union } from '../postings';
import type { ScoreBoard } from '../score-board';
import { SCORE } from '../scores';
import { letterPair, letterReading, readingLetter, SLOT_SHORT, startPair, SLOT_TITLE, type Segment, type SegmentIndex } from '../segment-index';

let seen = new Int32Array(0);
let stamp = 0;

const READING_SCORES: [number, number][] = [
  [R_NAME_START, SCORE.pinyinNamePrefix],
  [R_NAME, SCORE.pinyinName],
  [R_TITLE, SCORE.pinyinTitle],
];

/**
 * Pinyin search over names, titles and short fields: full spelling, initials and mixtures (`libai`, `lb`,
 * `lbai`, `li白`), prefixes while typing. A query that may spell one character takes the exhibit lists of
 * every reading it begins. Every way to spell two or more characters goes through the distinct texts
 * (segments) whose neighbouring characters have the right first letters, aligned one by one (matchPinyin).
 */
export function searchPinyin(index: InvertedIndex, q: PinyinQuery, board: ScoreBoard): void {
  const first = q.runs[0] ?? '';
  if (q.plain && first.length === 1) {
    oneLetter(index, first, board);
    return;
  }
  if (q.plain && isPiece(first)) {
    for (const [group, score] of READING_SCORES) {
      for (const [reading, list] of index.readings[group]!.lists) if (reading.startsWith(first)) board.raiseList(index.store, list, score);
    }
    const segs = index.segments;
    if (seen.length < segs.segments.length) seen = new Int32Array(segs.segments.length * 2);
    stamp++;
    for (const [reading, list] of segs.shortReadings.lists) {
      if (!reading.startsWith(first)) continue;
      for (const sid of index.store.view(list)) {
        if (seen[sid] === stamp) continue;
        seen[sid] = stamp;
        board.raiseList(index.store, segs.segments[sid]!.docs[SLOT_SHORT], SCORE.pinyinShort);
      }
    }
  }
  if (q.tokens.length < 2) return;
  if (q.tokens.length === 2 && !q.isChar[0] && !q.isChar[1]) {
    twoInitials(index, q.letters, board);
    return;
  }
  matchSegments(index.segments, q, (seg, m, whole) => raise(index, seg, m.start === 0, whole, board));
}

/** One letter: every exhibit with a character read with that first letter, from the per-exhibit masks. */
function oneLetter(index: InvertedIndex, letter: string, board: ScoreBoard): void {
  const bit = letterBit(letter);
  if (!bit) return;
  const [start, name, title, short] = index.letters as [Int32Array, Int32Array, Int32Array, Int32Array];
  for (let id = 0, n = index.idLimit; id < n; id++) {
    const score = start[id]! & bit ? SCORE.pinyinNamePrefix : name[id]! & bit ? SCORE.pinyinName : title[id]! & bit ? SCORE.pinyinTitle : short[id]! & bit ? SCORE.pinyinShort : 0;
    if (score) board.raise(id, score);
  }
}

/** Two letters as two characters (`lb`): the pair lists are exact, no alignment needed. */
function twoInitials(index: InvertedIndex, letters: string, board: ScoreBoard): void {
  const segs = index.segments;
  if (seen.length < segs.segments.length) seen = new Int32Array(segs.segments.length * 2);
  stamp++;
  for (const sid of segs.pairs.view(startPair(letters[0]!, letters[1]!))) seen[sid] = stamp;
  for (const sid of segs.pairs.view(letterPair(letters[0]!, letters[1]!))) {
    const seg = segs.segments[sid]!;
    raise(index, seg, seen[sid] === stamp, false, board);
  }
}

/** Aligns the query in every text that can hold a match of two or more characters; `found` gets each match. */
export function matchSegments(segs: SegmentIndex, q: PinyinQuery, found: (seg: Segment, m: PinyinMatch, whole: boolean) => void): void {
  if (seen.length < segs.segments.length) seen = new Int32Array(segs.segments.length * 2);
  stamp++;
  for (const sid of candidates(segs, q)) {
    if (seen[sid] === stamp) continue;
    seen[sid] = stamp;
    const seg = segs.segments[sid]!;
    const cps = codePoints(seg.text);
    const m = matchPinyin(cps, seg.extras, q);
    if (m) found(seg, m, seg.isName && m.start === 0 && matchPinyin(cps, seg.extras, q, true) !== null);
  }
}

function raise(index: InvertedIndex, seg: Segment, atStart: boolean, whole: boolean, board: ScoreBoard): void {
  if (seg.isName) {
    board.raiseList(index.store, seg.docs[0], whole ? SCORE.pinyinNameExact : atStart ? SCORE.pinyinNamePrefix : SCORE.pinyinName);
    return;
  }
  board.raiseList(index.store, seg.docs[SLOT_TITLE], SCORE.pinyinTitle);
  board.raiseList(index.store, seg.docs[SLOT_SHORT], SCORE.pinyinShort);
}

/**
 * Texts that can hold a match of two or more characters: those with every literal character typed; or,
 * for every way to cut the letters into pieces, those holding each neighbouring pair of pieces. A piece of
 * one letter, or an initial (zh, ch, sh), is known by its first letter; a longer piece is a whole reading,
 * or for the last piece the start of one, so its pair key names the reading ("s>han", "sha<n").
 */
function candidates(segs: SegmentIndex, q: PinyinQuery): Int32Array {
  const literals = [...new Set(q.tokens.flatMap((t) => (t.kind === 'char' ? [t.cp] : [])))];
  if (literals.length) return intersect(literals.map((cp) => segs.chars.view(cp)));
  const list = (key: string) => segs.pairs.view(key);
  const { ways, capped } = segmentations(q);
  if (capped) {
    // Too many ways to cut: every match still begins with the first letter and one of a few next letters.
    const next = new Set<string>();
    for (let len = 1; len < q.letters.length && len <= 6; len++) if (isPiece(q.letters.slice(0, len))) next.add(q.letters[len]!);
    return union([...next].map((b) => list(letterPair(q.letters[0]!, b))));
  }
  // Ways share neighbouring pairs (shan|xiong and shan|x|iong both start shan|x…): each pair's list once.
  const memo = new Map<string, Int32Array>();
  const pairCandidates = (a: Piece, b: Piece): Int32Array => {
    const key = `${a.text || a.cp}${a.last ? '$' : ''}|${b.text || b.cp}${b.last ? '$' : ''}`;
    let found = memo.get(key);
    if (!found) {
      const ra = readingsFor(segs, a);
      const rb = readingsFor(segs, b);
      const both: Int32Array[] = [];
      if (ra) both.push(union(ra.flatMap((r) => firstLetters(b).map((l) => list(readingLetter(r, l))))));
      if (rb) both.push(union(rb.flatMap((r) => firstLetters(a).map((l) => list(letterReading(l, r))))));
      if (!ra && !rb) both.push(union(firstLetters(a).flatMap((x) => firstLetters(b).map((y) => list(letterPair(x, y))))));
      memo.set(key, (found = intersect(both)));
    }
    return found;
  };
  const lists: Int32Array[] = [];
  for (const way of ways) {
    if (way.length < 2) continue;
    const pairLists: Int32Array[] = [];
    for (let k = 0; k + 1 < way.length; k++) {
      const l = pairCandidates(way[k]!, way[k + 1]!);
      pairLists.push(l);
      if (l.length === 0) break;
    }
    lists.push(intersect(pairLists));
  }
  return union(lists);
}

/**
 * The whole readings a piece can stand for, when few enough to name in keys: a literal character's own
 * readings, a longer piece's reading (or, as the last piece, the readings it begins). Null for a piece
 * known only by its first letter.
 */
function readingsFor(segs: SegmentIndex, piece: Piece): string[] | null {
  if (!piece.text) return [...readingsOf(piece.cp)];
  if (piece.text.length < 2 || (piece.text.length === 2 && initialLength(piece.text) === 2)) return null;
  // Not the last piece and longer than an initial: it must be a whole reading, or nothing matches this way.
  if (!piece.last) return syllables.has(piece.text) ? [piece.text] : [];
  const out: string[] = [];
  for (const r of segs.readings.lists.keys()) if (r.startsWith(piece.text)) out.push(r);
  return out.length <= 12 ? out : null;
}

function firstLetters(piece: Piece): string[] {
  return piece.text ? [piece.text[0]!] : [...new Set(readingsOf(piece.cp).map((r) => r[0]!))];
}
