import type Database from 'better-sqlite3';
import type { SearchHit, SearchOutput } from '../api/contract/search';
import { toTiles, type ExhibitRow } from '../content/exhibit-read';
import type { Audience } from '../content/visibility';
import { loadSourceDocs } from './doc-source';
import { searchEngineFor, type EngineQuery, type EngineResult } from './engine';
import { highlightsFor } from './highlight';
import { matchKind } from './scores';
import { stmt } from './statements';

/** A search as the API and the CLI answer it: ranked hits as tiles with highlights, total, facets. */
export function searchArchive(db: Database.Database, input: EngineQuery, audience: Audience): SearchOutput & { engine: EngineResult } {
  const result = searchEngineFor(db).search(input, audience);
  const ids = result.page.map((p) => p.id);
  const rows = ids.length
    ? (stmt(db, `SELECT e.*, c.slug FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE e.id IN (SELECT value FROM json_each(?))`).all(
        JSON.stringify(ids),
      ) as ExhibitRow[])
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const sources = new Map(loadSourceDocs(db, ids).map((d) => [d.id, d]));
  const ordered = result.page.filter((p) => byId.has(p.id));
  const tiles = toTiles(db, ordered.map((p) => byId.get(p.id)!));
  const hits: SearchHit[] = ordered.map((p, i) => ({
    exhibit: tiles[i]!,
    collectionSlug: byId.get(p.id)!.slug,
    score: p.score,
    match: matchKind(p.score),
    highlights: sources.has(p.id) ? highlightsFor(sources.get(p.id)!, result.forms) : [],
  }));
  return { query: result.query, total: result.total, hits, didYouMean: result.didYouMean, facets: result.facets, engine: result };
}
