import fs from 'node:fs';
import path from 'node:path';
import type { Archive } from './archive';
import { DB_FILE } from './db/open';

export interface ArchiveStats {
  schemaVersion: number;
  collections: { slug: string; title: string; published: number; drafts: number }[];
  exhibits: number;
  samples: number;
  media: { count: number; bytes: number };
  translations: { mn: number; en: number; needsReview: number };
  auditEntries: number;
  databaseBytes: number;
}

export function archiveStats(archive: Archive): ArchiveStats {
  const { db, root } = archive;
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const dbBytes = [DB_FILE, `${DB_FILE}-wal`].reduce((n, f) => {
    const p = path.join(root, f);
    return n + (fs.existsSync(p) ? fs.statSync(p).size : 0);
  }, 0);
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    collections: db
      .prepare(
        `SELECT c.slug, c.title, sum(e.status = 'published') AS published, sum(e.status = 'draft') AS drafts
         FROM collections c LEFT JOIN exhibits e ON e.collection_id = c.id GROUP BY c.id ORDER BY c.sort_order, c.id`,
      )
      .all()
      .map((r) => {
        const row = r as { slug: string; title: string; published: number | null; drafts: number | null };
        return { slug: row.slug, title: row.title, published: row.published ?? 0, drafts: row.drafts ?? 0 };
      }),
    exhibits: one<{ n: number }>('SELECT count(*) AS n FROM exhibits').n,
    samples: one<{ n: number }>('SELECT count(*) AS n FROM exhibits WHERE sample = 1').n,
    media: one<{ count: number; bytes: number }>('SELECT count(*) AS count, coalesce(sum(bytes), 0) AS bytes FROM media'),
    translations: one<{ mn: number; en: number; needsReview: number }>(
      `SELECT coalesce(sum(lang = 'mn'), 0) AS mn, coalesce(sum(lang = 'en'), 0) AS en, coalesce(sum(needs_review), 0) AS needsReview FROM translations`,
    ),
    auditEntries: one<{ n: number }>('SELECT count(*) AS n FROM audit_log').n,
    databaseBytes: dbBytes,
  };
}
