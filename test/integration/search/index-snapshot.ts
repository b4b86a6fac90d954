import type { InvertedIndex } from '../../../archive/search/inverted-index';
import type { PostingMap } from '../../../archive/search/postings';

/**
 * Everything an index holds, in a form that does not depend on the order it was built in (segment ids
 * become their texts), so an index kept up by incremental writes can be compared with one built afresh.
 */
export function indexSnapshot(index: InvertedIndex): unknown {
  const segs = index.segments;
  const segKey = (sid: number) => {
    const s = segs.segments[sid]!;
    return `${s.isName ? 'n' : 'o'}:${s.text}`;
  };
  const byId = (map: PostingMap<string | number>) =>
    Object.fromEntries([...map.lists.keys()].map((k) => [String(k), [...map.view(k)]]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  const bySeg = (map: PostingMap<string | number>) =>
    Object.fromEntries([...map.lists.keys()].map((k) => [String(k), [...map.view(k)].map(segKey).sort()]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  const docs: Record<number, unknown> = {};
  for (let id = 0; id < index.idLimit; id++) {
    if (!index.has(id)) continue;
    const d = index.restore(id);
    docs[id] = {
      ...d,
      zh: [d.zh[0], d.zh[1], d.zh[2].split('\n').sort().join('\n'), d.zh[3]],
      tags: [...index.tagSets[index.tagSet[id]!]!].map((t) => index.tagNames[t]).sort(),
      letters: index.letters.map((l) => l[id]),
    };
  }
  const segments = Object.fromEntries(
    segs.segments
      .filter((s) => s !== undefined)
      .map((s) => [segKey(s.id), s.docs.map((l) => (l < 0 ? null : [...index.store.view(l)]))])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
  return {
    size: index.size,
    docs,
    chars: index.chars.map((m) => byId(m as PostingMap<string | number>)),
    readings: index.readings.map((m) => byId(m as PostingMap<string | number>)),
    words: index.words.map((m) => byId(m as PostingMap<string | number>)),
    wholeWords: index.wholeWords.map((m) => byId(m as PostingMap<string | number>)),
    vocabulary: Object.fromEntries([...index.vocabulary].sort(([a], [b]) => (a < b ? -1 : 1))),
    segments,
    segmentKeys: [segs.chars, segs.readings, segs.pairs, segs.starts, segs.shortChars, segs.shortReadings].map((m) => bySeg(m as PostingMap<string | number>)),
  };
}
