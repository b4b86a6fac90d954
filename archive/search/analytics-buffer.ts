import type Database from 'better-sqlite3';

const FLUSH_AFTER_MS = 2000;

/**
 * Counts searches for the curators' report (analytics_daily: 'search' per day, 'search_zero' per normalised
 * query: never anything about the visitor). Counts are buffered and written in one short transaction a
 * moment later, never on the keystroke's path: while a bulk import holds the write lock the write is
 * skipped (busy timeout 0) and retried, so a search never waits for a writer.
 */
export class SearchAnalytics {
  private pending = new Map<string, { day: string; kind: 'search' | 'search_zero'; key: string; n: number }>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Database.Database) {}

  record(query: string, zeroResults: boolean, day = new Date().toISOString().slice(0, 10)): void {
    this.add(day, 'search', '');
    if (zeroResults) this.add(day, 'search_zero', query.slice(0, 64));
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.flush() && this.pending.size) this.schedule();
    }, FLUSH_AFTER_MS);
    this.timer.unref();
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** Writes buffered counts; false when the database was busy (they stay buffered) or is closed. */
  flush(): boolean {
    if (this.pending.size === 0) return true;
    if (!this.db.open || this.db.readonly) {
      this.pending.clear();
      return false;
    }
    const previous = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      const put = this.db.prepare(
        `INSERT INTO analytics_daily (day, kind, key, count) VALUES (@day, @kind, @key, @n)
         ON CONFLICT (day, kind, key) DO UPDATE SET count = count + excluded.count`,
      );
      this.db.transaction(() => {
        for (const row of this.pending.values()) put.run(row);
      })();
      this.pending.clear();
      return true;
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) return false;
      throw e;
    } finally {
      this.db.pragma(`busy_timeout = ${previous}`);
    }
  }

  private add(day: string, kind: 'search' | 'search_zero', key: string): void {
    const id = `${day}\u0000${kind}\u0000${key}`;
    const row = this.pending.get(id);
    if (row) row.n++;
    else this.pending.set(id, { day, kind, key, n: 1 });
  }
}

const buffers = new WeakMap<Database.Database, SearchAnalytics>();

export function searchAnalyticsFor(db: Database.Database): SearchAnalytics {
  let a = buffers.get(db);
  if (!a) buffers.set(db, (a = new SearchAnalytics(db)));
  return a;
}
