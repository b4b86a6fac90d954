import type { Audience } from '../content/visibility';
import { NO_DECADE, type InvertedIndex } from './inverted-index';
import type { Matches } from './score-board';
import { MAX_SCORE } from './scores';

export interface CollectionInfo {
  slug: string;
  hidden: boolean;
}

export interface ResultFilters {
  collectionId?: number;
  decade?: number;
  tag?: string;
}

export interface RankedPage {
  total: number;
  page: { id: number; score: number }[];
  facets: {
    collections: { value: string; count: number }[];
    decades: { value: string; count: number }[];
    tags: { value: string; count: number }[];
  };
}

const MAX_TAG_FACETS = 30;
/** Reused between queries: which matches pass the filters (see ScoreBoard.collect for why). */
let keptBuffer = new Int32Array(1024);

/**
 * Turns matches (a score per id) into one page of results with facet counts, in one pass:
 * visibility first (visitors see published exhibits of visible collections), then the filters. Each facet
 * counts matches under the other two filters, so choosing a decade still shows the other collections.
 * Order is score (higher first), then id; the page is cut by counting scores, never by sorting every match.
 */
export function rankPage(
  index: InvertedIndex,
  hits: Matches,
  opts: { audience: Audience; collections: ReadonlyMap<number, CollectionInfo>; filters: ResultFilters; offset: number; limit: number },
): RankedPage {
  const { filters, audience, collections } = opts;
  const visitor = audience === 'visitor';
  let maxCollection = 0;
  for (const id of collections.keys()) maxCollection = Math.max(maxCollection, id);
  // A collection missing from the map (deleted mid-way) counts as hidden.
  const shown = new Uint8Array(maxCollection + 2);
  for (const [id, c] of collections) if (!c.hidden && id >= 0) shown[id] = 1;
  const tagFilter = filters.tag === undefined ? -1 : index.tagNames.indexOf(filters.tag);
  // Per tag set: does it hold the filtered tag; and how many matches have it (spread to tags at the end).
  const setHasTag = Uint8Array.from(index.tagSets, (set) => (tagFilter >= 0 && set.includes(tagFilter) ? 1 : 0));
  const setCounts = new Int32Array(index.tagSets.length);
  const anyCollection = filters.collectionId === undefined;
  const anyDecade = filters.decade === undefined;
  const anyTag = filters.tag === undefined;
  const wantCollection = filters.collectionId ?? -1;
  const wantDecade = filters.decade ?? NO_DECADE;
  const byCollection = new Int32Array(maxCollection + 2);
  const byDecade = new Int32Array(300);
  const scoreCounts = new Int32Array(MAX_SCORE + 1);
  if (keptBuffer.length < hits.count) keptBuffer = new Int32Array(hits.count * 2);
  const kept = keptBuffer;
  const { collection, decade, published, tagSet, live } = index;
  const table = hits.table;
  let total = 0;
  const n = hits.ids ? hits.ids.length : Math.min(hits.limit, index.idLimit);
  for (let i = 0; i < n; i++) {
    const id = hits.ids ? hits.ids[i]! : i;
    const score = table[id]!;
    if (score === 0 || live[id] !== 1) continue;
    const cid = collection[id]!;
    if (visitor && (published[id] !== 1 || cid > maxCollection || shown[cid] !== 1)) continue;
    const set = tagSet[id]!;
    const dec = decade[id]!;
    const c = anyCollection || cid === wantCollection;
    const d = anyDecade || dec === wantDecade;
    const t = anyTag || setHasTag[set] === 1;
    if (d && t && cid >= 0 && cid <= maxCollection) byCollection[cid]!++;
    if (c && t && dec !== NO_DECADE) byDecade[Math.floor(dec / 10) % 300]!++;
    if (c && d) setCounts[set]!++;
    if (c && d && t) {
      kept[total++] = id;
      scoreCounts[score]!++;
    }
  }
  const page = pageOf(table, kept.subarray(0, total), scoreCounts, opts.offset, opts.limit);
  const tagCounts = new Int32Array(index.tagNames.length);
  setCounts.forEach((n, set) => {
    if (n) for (const tag of index.tagSets[set]!) tagCounts[tag]! += n;
  });
  const facet = (counts: Int32Array, name: (k: number) => string) => {
    const out: { value: string; count: number }[] = [];
    for (let k = 0; k < counts.length; k++) if (counts[k]) out.push({ value: name(k), count: counts[k]! });
    return out;
  };
  return {
    total,
    page,
    facets: {
      collections: facet(byCollection, (cid) => collections.get(cid)?.slug ?? String(cid)).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      decades: facet(byDecade, (k) => String(k * 10)).sort((a, b) => Number(a.value) - Number(b.value)),
      tags: facet(tagCounts, (k) => index.tagNames[k]!)
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
        .slice(0, MAX_TAG_FACETS),
    },
  };
}

function pageOf(table: Uint8Array, kept: Int32Array, scoreCounts: Int32Array, offset: number, limit: number) {
  const want = offset + limit;
  // The lowest score that still reaches into the page; matches below it are never looked at again.
  let floor = MAX_SCORE;
  let above = 0;
  while (floor > 0 && above + scoreCounts[floor]! < want) above += scoreCounts[floor--]!;
  const buckets: number[][] = [];
  for (let i = 0; i < kept.length; i++) {
    const id = kept[i]!;
    const s = table[id]!;
    if (s < floor) continue;
    const b = (buckets[s] ??= []);
    if (s > floor || b.length < want) b.push(id);
  }
  const ordered: { id: number; score: number }[] = [];
  for (let s = MAX_SCORE; s >= floor && ordered.length < want; s--) for (const id of buckets[s] ?? []) ordered.push({ id, score: s });
  return ordered.slice(offset, want);
}
