import type Database from 'better-sqlite3';

export type AnalyticsKind = 'exhibit_view' | 'search' | 'search_zero' | 'screen_view' | 'session';

/** Adds one to a day's counter. Keys are exhibit ids, screen names or normalised queries: never personal data. */
export function bumpCounter(db: Database.Database, kind: AnalyticsKind, key: string, day = new Date().toISOString().slice(0, 10)): void {
  db.prepare(
    `INSERT INTO analytics_daily (day, kind, key, count) VALUES (?, ?, ?, 1)
     ON CONFLICT (day, kind, key) DO UPDATE SET count = count + 1`,
  ).run(day, kind, key.slice(0, 64));
}
