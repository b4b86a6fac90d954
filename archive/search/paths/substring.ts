import { codePoints } from '../doc';
import { C_LONG, C_NAME, C_NAME_START, C_TITLE, C_TITLE_START } from '../doc-keys';
import type { InvertedIndex } from '../inverted-index';
import { intersect } from '../postings';
import type { ScoreBoard } from '../score-board';
import { SCORE } from '../scores';
import { SLOT_SHORT, SLOT_TITLE, type Segment } from '../segment-index';

/**
 * Exact substring search over the folded Chinese text, any length. One character: the exhibit lists of
 * that character per field group. Longer: intersect the lists of the query's characters and confirm the
 * whole query occurs, once per distinct name, title or short field value, and per exhibit for the story and
 * captions. The result is exactly what a substring scan over the same folded fields returns.
 */
export function searchSubstring(index: InvertedIndex, q: string, board: ScoreBoard): void {
  const cps = codePoints(q);
  const distinct = [...new Set(cps)].filter((cp) => cp !== 0x20);
  if (distinct.length === 0) return;
  if (cps.length === 1) {
    searchOneChar(index, cps[0]!, q, board);
    return;
  }
  const segs = index.segments;
  const segLists = distinct.map((cp) => segs.chars.view(cp));
  if (segLists.every((l) => l.length > 0)) {
    for (const sid of intersect(segLists)) {
      const seg = segs.segments[sid]!;
      if (seg.text.includes(q)) raiseSegment(index, seg, q, board);
    }
  }
  const longLists = distinct.map((cp) => index.charList(C_LONG, cp));
  if (longLists.some((l) => l.length === 0)) return;
  for (const id of intersect(longLists)) {
    // Already placed higher by a name, title or short field: no need to confirm the long text.
    if (board.get(id) >= SCORE.long) continue;
    if (index.long(id).includes(q)) board.raise(id, SCORE.long);
  }
}

function searchOneChar(index: InvertedIndex, cp: number, q: string, board: ScoreBoard): void {
  const { store, segments: segs } = index;
  const list = (g: number) => index.chars[g]!.list(cp);
  const name = segs.get(q, true);
  if (name) board.raiseList(store, name.docs[0], SCORE.nameExact);
  board.raiseList(store, list(C_NAME_START), SCORE.namePrefix);
  board.raiseList(store, list(C_NAME), SCORE.name);
  const title = segs.get(q, false);
  if (title) board.raiseList(store, title.docs[SLOT_TITLE], SCORE.titleExact);
  board.raiseList(store, list(C_TITLE_START), SCORE.titlePrefix);
  board.raiseList(store, list(C_TITLE), SCORE.title);
  for (const sid of segs.shortChars.view(cp)) board.raiseList(store, segs.segments[sid]!.docs[SLOT_SHORT], SCORE.short);
  board.raiseList(store, list(C_LONG), SCORE.long);
}

function raiseSegment(index: InvertedIndex, seg: Segment, q: string, board: ScoreBoard): void {
  const exact = seg.text === q;
  const prefix = exact || seg.text.startsWith(q);
  if (seg.isName) {
    board.raiseList(index.store, seg.docs[0], exact ? SCORE.nameExact : prefix ? SCORE.namePrefix : SCORE.name);
    return;
  }
  board.raiseList(index.store, seg.docs[SLOT_TITLE], exact ? SCORE.titleExact : prefix ? SCORE.titlePrefix : SCORE.title);
  board.raiseList(index.store, seg.docs[SLOT_SHORT], SCORE.short);
}
