import type Database from 'better-sqlite3';
import type { Audience } from '../content/visibility';
import { visibleSql } from '../content/visibility';
import { loadSourceDocs } from './doc-source';
import { fold, normalizeQuery } from './fold';

/**
 * The plain answer to "which exhibits contain this text": a full scan with instr() over the zh fields.
 * Too slow for keystrokes at 100k rows, but obviously right, so it is the oracle for search tests and the
 * baseline in the search benchmark.
 */
export function substringScan(db: Database.Database, needle: string, audience: Audience, fields: readonly string[] = ['name', 'title', 'body']): number[] {
  if (!needle) return [];
  const cond = fields.map((f) => `instr(e.${f}, @needle) > 0`).join(' OR ');
  return (
    db
      .prepare(`SELECT e.id FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE (${cond}) AND ${visibleSql(audience)} ORDER BY e.id`)
      .all({ needle }) as { id: number }[]
  ).map((r) => r.id);
}

/**
 * The oracle for Chinese queries: every exhibit visible to the audience where some searched Chinese field
 * (name, title, hometown, ethnicity, unit, honours, place, body, a tag, a photo caption or alt text),
 * folded on its own, contains the folded query. Reads and folds everything on every call.
 */
export function foldedSubstringScan(db: Database.Database, query: string, audience: Audience): number[] {
  return foldedCorpus(db, audience)(query);
}

/** The oracle with the archive read and folded once, for checking many queries against the same state. */
export function foldedCorpus(db: Database.Database, audience: Audience): (query: string) => number[] {
  const visible = new Set(
    (db.prepare(`SELECT e.id FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE ${visibleSql(audience)}`).all() as { id: number }[]).map((r) => r.id),
  );
  const docs = loadSourceDocs(db, null)
    .filter((d) => visible.has(d.id))
    .map((d) => ({ id: d.id, texts: [...Object.values(d.zh), ...d.tags, ...d.captions].map(fold) }));
  return (query) => {
    const needle = normalizeQuery(query);
    return needle ? docs.filter((d) => d.texts.some((t) => t.includes(needle))).map((d) => d.id) : [];
  };
}
