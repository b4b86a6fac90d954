import type Database from 'better-sqlite3';
import type { Audience } from '../content/visibility';
import { visibleSql } from '../content/visibility';

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
