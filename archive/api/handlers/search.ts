import type { searchMethods } from '../contract/search';
import { substringScan } from '../../search/substring-scan';
import { toTiles, type ExhibitRow } from '../../content/exhibit-read';
import type { HandlerContext, Handlers } from '../handler-types';

// Interim implementation over the substring oracle; the search issue replaces it with the indexed engine.
export function searchHandlers({ archive }: HandlerContext): Handlers<keyof typeof searchMethods> {
  const { db } = archive;
  return {
    search: (input, caller) => {
      const q = input.q.trim();
      const ids = substringScan(db, q, caller.audience);
      const page = ids.slice(input.offset, input.offset + input.limit);
      const rows = db
        .prepare(`SELECT e.*, c.slug FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id`)
        .all(JSON.stringify(page)) as ExhibitRow[];
      const tiles = toTiles(db, rows);
      return {
        query: q,
        total: ids.length,
        hits: tiles.map((t, i) => ({ exhibit: t, collectionSlug: rows[i]!.slug, score: 1, match: 'field' as const, highlights: [] })),
        didYouMean: null,
        facets: { collections: [], decades: [], tags: [] },
      };
    },
    pinyinCandidates: () => ({ candidates: [] }),
  };
}
