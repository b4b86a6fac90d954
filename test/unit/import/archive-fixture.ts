// Shared by the import, backup and kill tests: a real archive in a temp folder, and a fingerprint of its
// content that proves "exactly as before" (row counts and a hash of every content row, in key order).
import crypto from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openArchive, type Archive } from '../../../archive/archive';
import { upsertCollection } from '../../../archive/content/collection-write';
import { makeTempDir } from '../../support/temp-dir';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/import');
export const fixture = (name: string) => path.join(FIXTURES, name);

export function newArchive(prefix = 'hak-import-'): { archive: Archive; dir: string; cleanup: () => void } {
  const tmp = makeTempDir(prefix);
  const archive = openArchive(path.join(tmp.dir, 'archive'), { create: true });
  upsertCollection(archive.db, { slug: 'heroes', layout: 'portraits', title: { zh: '英模肖像', en: 'Portraits of heroes' }, sortOrder: 1 }, 'test');
  upsertCollection(archive.db, { slug: 'veterans', layout: 'portraits', title: { zh: '老兵影像展', en: 'Veteran photo exhibits' }, sortOrder: 2 }, 'test');
  return {
    archive,
    dir: tmp.dir,
    cleanup: () => {
      try {
        archive.close();
      } catch {
        // already closed by the test
      }
      tmp.cleanup();
    },
  };
}

const CONTENT = ['collections', 'exhibits', 'exhibit_tags', 'exhibit_media', 'media', 'media_derivatives', 'translations', 'figures', 'lint_waivers', 'lint_allowed_terms'];

/** Row counts and a content hash per table (timestamps excluded: a restore may legitimately rewrite none of them). */
export function snapshot(db: Database.Database, tables: readonly string[] = CONTENT): Record<string, { rows: number; hash: string }> {
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const t of tables) {
    const n = (db.pragma(`table_info(${t})`) as unknown[]).length;
    const order = Array.from({ length: Math.min(n, 3) }, (_, i) => i + 1).join(', ');
    const rows = db.prepare(`SELECT * FROM ${t} ORDER BY ${order}`).all() as Record<string, unknown>[];
    const h = crypto.createHash('sha256');
    for (const r of rows) h.update(JSON.stringify(r));
    out[t] = { rows: rows.length, hash: h.digest('hex').slice(0, 16) };
  }
  return out;
}

export function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
