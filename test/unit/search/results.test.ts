import { describe, expect, it } from 'vitest';
import type { IndexedDoc } from '../../../archive/search/doc';
import { InvertedIndex } from '../../../archive/search/inverted-index';
import { rankPage, type CollectionInfo } from '../../../archive/search/results';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

const TAGS = ['边防', '抗洪', '军嫂', '烈士'];

function doc(id: number, r: () => number): IndexedDoc {
  return {
    id,
    collectionId: 1 + Math.floor(r() * 3),
    published: r() < 0.8,
    decade: r() < 0.2 ? null : 1950 + 10 * Math.floor(r() * 7),
    tags: TAGS.filter(() => r() < 0.3),
    zh: [`名${id}`, '', '', ''],
    words: ['', '', ''],
    surname: [],
  };
}

describe('rankPage', () => {
  it('orders by score then id, pages without gaps, and counts facets like a brute-force pass', () => {
    const r = rng(3);
    const index = new InvertedIndex();
    const docs = Array.from({ length: 400 }, (_, i) => doc(i + 1, r));
    for (const d of docs) index.put(d);
    const collections = new Map<number, CollectionInfo>([
      [1, { slug: 'heroes', hidden: false }],
      [2, { slug: 'veterans', hidden: false }],
      [3, { slug: 'secret', hidden: true }],
    ]);
    const matched = docs.filter(() => r() < 0.6);
    const table = new Uint8Array(index.idLimit);
    for (const d of matched) table[d.id] = [40, 60, 70, 90, 100][Math.floor(r() * 5)]!;
    const scoreOf = new Map(matched.map((d) => [d.id, table[d.id]!]));
    const sparse = { ids: Int32Array.from(matched, (d) => d.id), table, limit: index.idLimit, count: matched.length };
    const dense = { ...sparse, ids: null };
    for (const audience of ['visitor', 'curator'] as const) {
      for (const filters of [{}, { collectionId: 2 }, { decade: 1970 }, { tag: '军嫂' }, { collectionId: 1, tag: '边防', decade: 1960 }, { tag: '没有' }]) {
        const visible = matched.filter((d) => audience === 'curator' || (d.published && !collections.get(d.collectionId)!.hidden));
        const pass = (d: IndexedDoc, skip: string) =>
          (skip === 'c' || !('collectionId' in filters) || d.collectionId === filters.collectionId) &&
          (skip === 'd' || !('decade' in filters) || d.decade === filters.decade) &&
          (skip === 't' || !('tag' in filters) || d.tags.includes(filters.tag as string));
        const expected = visible.filter((d) => pass(d, '')).sort((a, b) => scoreOf.get(b.id)! - scoreOf.get(a.id)! || a.id - b.id);
        const pages: number[] = [];
        for (let offset = 0; offset < expected.length + 10; offset += 7) {
          const page = rankPage(index, sparse, { audience, collections, filters, offset, limit: 7 });
          expect(rankPage(index, dense, { audience, collections, filters, offset, limit: 7 })).toEqual(page);
          expect(page.total).toBe(expected.length);
          pages.push(...page.page.map((p) => p.id));
          if (offset === 0) {
            const count = (pick: (d: IndexedDoc) => string | null, skip: string) => {
              const m = new Map<string, number>();
              for (const d of visible.filter((x) => pass(x, skip))) {
                const v = pick(d);
                if (v !== null) m.set(v, (m.get(v) ?? 0) + 1);
              }
              return m;
            };
            expect(new Map(page.facets.collections.map((f) => [f.value, f.count]))).toEqual(count((d) => collections.get(d.collectionId)!.slug, 'c'));
            expect(new Map(page.facets.decades.map((f) => [f.value, f.count]))).toEqual(count((d) => (d.decade === null ? null : String(d.decade)), 'd'));
            const tags = new Map<string, number>();
            for (const d of visible.filter((x) => pass(x, 't'))) for (const t of d.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
            expect(new Map(page.facets.tags.map((f) => [f.value, f.count]))).toEqual(tags);
          }
        }
        expect(pages).toEqual(expected.map((d) => d.id));
      }
    }
  });
});
