import type { Audience } from '../content/visibility';
import { codePoints } from './doc';
import type { SearchEngine } from './engine';
import { normalizeQuery } from './fold';
import { matchSegments } from './paths/pinyin';
import { matchPinyin, readingsAt, type Extras } from './pinyin/match';
import { parsePinyinQuery, type PinyinQuery } from './pinyin/query';
import { isPiece } from './pinyin/syllables';
import { SLOT_TITLE, type Segment } from './segment-index';

export interface Candidate {
  text: string;
  pinyin: string;
  count: number;
}

type Found = Map<string, { count: number; whole: boolean; cps: Int32Array; extras: Extras }>;

/**
 * The on-screen keyboard's candidate bar: names and titles (or their first characters) from the archive
 * that the typed letters spell from their start, the most used first. Whole spellings come before initials
 * and prefixes, so `libai` offers 李白 first and `li` the commonest characters read li.
 */
export function pinyinCandidates(engine: SearchEngine, typed: string, limit: number, audience: Audience = 'visitor'): Candidate[] {
  engine.sync();
  const q = parsePinyinQuery(normalizeQuery(typed));
  if (!q || q.tokens.some((t) => t.kind === 'char')) return [];
  const { index } = engine;
  const segs = index.segments;
  const visible = (id: number) => audience === 'curator' || (index.published[id] === 1 && !(engine.collections.get(index.collection[id]!)?.hidden ?? true));
  const uses = (seg: Segment) => {
    let count = 0;
    for (const id of index.store.view(seg.docs[seg.isName ? 0 : SLOT_TITLE])) if (visible(id)) count++;
    return count;
  };
  const found: Found = new Map();
  const take = (seg: Segment, end: number) => {
    if (!seg.isName && segs.uses(seg, SLOT_TITLE) === 0) return; // short field values are not offered
    const count = uses(seg);
    if (count > 0) add(found, seg, end, count, q);
  };
  const first = q.runs[0] ?? '';
  if (q.plain && isPiece(first)) {
    for (const [reading, list] of segs.starts.lists) if (reading.startsWith(first)) for (const sid of index.store.view(list)) take(segs.segments[sid]!, 1);
  }
  if (q.tokens.length >= 2) matchSegments(segs, q, (seg, m) => m.start === 0 && take(seg, m.end));
  return [...found]
    .sort(([ta, a], [tb, b]) => Number(b.whole) - Number(a.whole) || b.count - a.count || ta.length - tb.length || ta.localeCompare(tb))
    .slice(0, limit)
    .map(([text, e]) => ({ text, count: e.count, pinyin: spell(e.cps, e.extras, q.letters) }));
}

function add(found: Found, seg: Segment, end: number, count: number, q: PinyinQuery): void {
  const head = Int32Array.from(codePoints(seg.text).slice(0, end));
  const text = String.fromCodePoint(...head);
  const entry = found.get(text);
  if (entry) entry.count += count;
  else found.set(text, { count, whole: matchPinyin(head, seg.extras, q, true) !== null, cps: head, extras: seg.extras });
}

/** A spelling to show under a candidate: for each character the reading the visitor seems to be typing. */
function spell(cps: Int32Array, extras: Extras, typed: string): string {
  return Array.from(cps, (_, i) => {
    const rs = readingsAt(cps, extras, i);
    return [...rs].sort((a, b) => b.length - a.length).find((r) => typed.includes(r)) ?? rs[0] ?? '';
  })
    .join(' ')
    .trim();
}
