import Fuse from 'fuse.js';
import { codePoints } from './doc';
import type { InvertedIndex } from './inverted-index';
import { readingsOf } from './pinyin/readings';
import type { Segment } from './segment-index';

const HAN = /\p{Script=Han}/u;
const MAX_CANDIDATES = 200;

/**
 * "Did you mean": when nothing matches exactly, the closest name, title, short field value or translated
 * word, found by fuse.js over a small candidate set taken from the index (never the whole archive): texts
 * sharing most of the query's characters, or words and spellings that start with its first letter and
 * are about as long.
 */
export function suggest(index: InvertedIndex, q: string): string | null {
  if (!q) return null;
  return HAN.test(q) ? suggestChinese(index, q) : suggestLetters(index, q);
}



/** How many exhibits use a segment, in any field. */
const uses = (index: InvertedIndex, seg: Segment) => index.segments.uses(seg, 0) + index.segments.uses(seg, 1);

function suggestChinese(index: InvertedIndex, q: string): string | null {
  const cps = codePoints(q);
  if (cps.length < 2) return null;
  const segs = index.segments;
  const need = cps.length <= 3 ? cps.length - 1 : Math.ceil(cps.length * 0.6);
  const shared = new Map<number, number>();
  for (const cp of new Set(cps)) {
    for (const sid of segs.chars.view(cp)) shared.set(sid, (shared.get(sid) ?? 0) + 1);
  }
  const strings = new Map<string, number>();
  for (const [sid, n] of shared) {
    if (n < need) continue;
    const seg = segs.segments[sid]!;
    const len = codePoints(seg.text).length;
    if (len < cps.length - 1 || len > cps.length + 2 || seg.text === q) continue;
    strings.set(seg.text, (strings.get(seg.text) ?? 0) + uses(index, seg));
  }
  return best(strings, q, 0.5);
}

function suggestLetters(index: InvertedIndex, q: string): string | null {
  const compact = q.replace(/ /g, '');
  const first = compact[0];
  if (!first || compact.length < 3) return null;
  const near = (s: string) => Math.abs(s.length - compact.length) <= 2;
  const byLetter = lettersDictionary(index).get(first) ?? [];
  const strings = new Map<string, number>();
  const spelled = new Map<string, string>();
  // Translated words, and names and titles by their usual spelling, so `libia` still reaches 李白.
  for (const [key, text, count] of byLetter) {
    if (!near(key)) continue;
    strings.set(key, (strings.get(key) ?? 0) + count);
    if (text !== key && !spelled.has(key)) spelled.set(key, text);
  }
  const found = best(strings, compact, 0.45);
  return found === null ? null : (spelled.get(found) ?? found);
}

function best(strings: Map<string, number>, q: string, threshold: number): string | null {
  if (strings.size === 0) return null;
  // fuse.js compares every string it is given: keep those sharing the most letter pairs with the query
  // (then the most used), a cheap first cut that any plausible typo survives.
  const pairs = bigrams(q);
  const list = [...strings]
    .map(([s, uses]) => ({ s, uses, shared: sharedBigrams(pairs, s) }))
    .sort((a, b) => b.shared - a.shared || b.uses - a.uses)
    .slice(0, MAX_CANDIDATES)
    .map((c) => c.s);
  const fuse = new Fuse(list, { includeScore: true, threshold, ignoreLocation: true, isCaseSensitive: true });
  const results = fuse.search(q, { limit: 20 });
  if (results.length === 0) return null;
  // Among equally close strings, the one more exhibits use is the likelier intent.
  const top = results[0]!.score ?? 1;
  return results
    .filter((r) => (r.score ?? 1) <= top + 1e-9)
    .sort((a, b) => (strings.get(b.item) ?? 0) - (strings.get(a.item) ?? 0) || a.item.localeCompare(b.item))[0]!.item;
}

type Entry = [key: string, text: string, count: number];
const dictionaryCache = new WeakMap<InvertedIndex, { version: number; byLetter: Map<string, Entry[]> }>();

/**
 * The letter-typed dictionary by first letter: translated words, and each distinct short text (name,
 * title, field value) of up to eight characters under its usual pinyin spelling. Cached per index state.
 */
function lettersDictionary(index: InvertedIndex): Map<string, Entry[]> {
  const cached = dictionaryCache.get(index);
  if (cached && cached.version === index.version) return cached.byLetter;
  const byLetter = new Map<string, Entry[]>();
  const put = (e: Entry) => {
    const first = e[0][0];
    if (!first) return;
    let list = byLetter.get(first);
    if (!list) byLetter.set(first, (list = []));
    list.push(e);
  };
  for (const [word, count] of index.vocabulary) put([word, word, count]);
  for (const seg of index.segments.segments) {
    if (!seg || seg.text.length > 8 || !HAN.test(seg.text)) continue;
    const spelling = codePoints(seg.text)
      .map((cp) => readingsOf(cp)[0] ?? '')
      .join('');
    if (spelling) put([spelling, seg.text, uses(index, seg)]);
  }
  dictionaryCache.set(index, { version: index.version, byLetter });
  return byLetter;
}

/** Neighbouring UTF-16 unit pairs as numbers (no strings made per pair). */
function bigrams(s: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < s.length; i++) out.add((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1));
  if (s.length === 1) out.add(s.charCodeAt(0));
  return out;
}

function sharedBigrams(pairs: Set<number>, s: string): number {
  let n = 0;
  for (let i = 0; i + 1 < s.length; i++) if (pairs.has((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1))) n++;
  return n;
}
