import type Database from 'better-sqlite3';
import { stmt } from './statements';

/** A position in search_log: the sequence number and the random nonce written with it. */
export interface LogPosition {
  seq: number;
  nonce: number;
}

export type Changes =
  | { kind: 'none' }
  /** The history the reader knew was replaced (restore) or pruned past it: rebuild from scratch. */
  | { kind: 'reset'; at: LogPosition }
  | { kind: 'changes'; at: LogPosition; exhibitIds: number[]; collections: boolean };

/**
 * Reads what changed since a known position of the trigger-written log (migration 0002-search). Cheap when
 * nothing changed: one indexed read of the last row. Call inside a read transaction together with the
 * reads that follow, so the changes and the rows read for them come from the same snapshot.
 */
export function readChanges(db: Database.Database, since: LogPosition): Changes {
  const tail = stmt<[], LogPosition>(db, 'SELECT seq, nonce FROM search_log ORDER BY seq DESC LIMIT 1').get();
  if (!tail) return { kind: 'reset', at: { seq: 0, nonce: 0 } };
  if (tail.seq === since.seq && tail.nonce === since.nonce) return { kind: 'none' };
  const known = stmt<[number], { nonce: number }>(db, 'SELECT nonce FROM search_log WHERE seq = ?').get(since.seq);
  if (!known || known.nonce !== since.nonce || tail.seq < since.seq) return { kind: 'reset', at: tail };
  const rows = stmt<[number, number], { exhibit_id: number | null }>(db, 'SELECT DISTINCT exhibit_id FROM search_log WHERE seq > ? AND seq <= ?').all(since.seq, tail.seq);
  return {
    kind: 'changes',
    at: tail,
    exhibitIds: rows.flatMap((r) => (r.exhibit_id === null ? [] : [r.exhibit_id])),
    collections: rows.some((r) => r.exhibit_id === null),
  };
}

export function logTail(db: Database.Database): LogPosition {
  return stmt<[], LogPosition>(db, 'SELECT seq, nonce FROM search_log ORDER BY seq DESC LIMIT 1').get() ?? { seq: 0, nonce: 0 };
}
