import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { recordChange } from '../audit/log';
import { ArchiveError } from '../errors';
import { mediaFilePath } from '../media/paths';

/** Everything a photo's rows hold, so removing it from the database can be undone exactly. */
export interface MediaSnapshot {
  row: Record<string, string | number>;
  derivatives: Record<string, string | number>[];
  translations: { field: string; lang: string; value: string; needs_review: number }[];
}

function usedBy(db: Database.Database, sha256: string): string[] {
  return db
    .prepare<[string, string, string], { label: string }>(
      `SELECT coalesce(nullif(e.name, ''), e.title) AS label FROM exhibits e WHERE e.id IN (SELECT exhibit_id FROM exhibit_media WHERE sha256 = ?) OR e.cover_sha256 = ?
       UNION SELECT c.title FROM collections c WHERE c.cover_sha256 = ?`,
    )
    .all(sha256, sha256, sha256)
    .map((r) => r.label);
}

/**
 * Takes an unused photo out of the database (undoing its addition). Its files stay in the store, which is
 * content-addressed and never loses a byte, so the removal itself can be undone.
 */
export function removeUnusedMedia(db: Database.Database, sha256: string, actor: string): void {
  const users = usedBy(db, sha256);
  if (users.length > 0) {
    throw new ArchiveError('MEDIA_IN_USE', `This photo is still shown by ${users.slice(0, 3).join('、')}${users.length > 3 ? ` and ${users.length - 3} more` : ''}. Remove it from there first.`);
  }
  const row = db.prepare<[string], Record<string, string | number>>('SELECT * FROM media WHERE sha256 = ?').get(sha256);
  if (!row) return;
  const snapshot: MediaSnapshot = {
    row,
    derivatives: db.prepare<[string], Record<string, string | number>>('SELECT * FROM media_derivatives WHERE sha256 = ?').all(sha256),
    translations: db.prepare<[string], MediaSnapshot['translations'][number]>(`SELECT field, lang, value, needs_review FROM translations WHERE entity = 'media' AND entity_id = ?`).all(sha256),
  };
  db.prepare('DELETE FROM media WHERE sha256 = ?').run(sha256);
  recordChange(db, { actor, action: 'media.remove', entity: 'media', entityId: sha256, before: snapshot, after: null });
}

export function restoreRemovedMedia(db: Database.Database, snapshot: MediaSnapshot, root: string, actor: string): void {
  const sha256 = String(snapshot.row.sha256);
  if (db.prepare('SELECT 1 FROM media WHERE sha256 = ?').get(sha256)) return;
  if (!fs.existsSync(mediaFilePath(root, sha256, 'original', String(snapshot.row.ext)))) {
    throw new ArchiveError('MEDIA_MISSING', `The photo file ${sha256.slice(0, 12)}… is no longer in the media store, so it cannot be brought back. Add the photo again.`);
  }
  const insert = (table: string, row: Record<string, string | number>) => {
    const keys = Object.keys(row).filter((k) => /^[a-z_0-9]+$/.test(k));
    db.prepare(`INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`).run(Object.fromEntries(keys.map((k) => [k, row[k]])));
  };
  insert('media', snapshot.row);
  for (const d of snapshot.derivatives) insert('media_derivatives', d);
  for (const t of snapshot.translations) insert('translations', { entity: 'media', entity_id: sha256, ...t });
  recordChange(db, { actor, action: 'media.add', entity: 'media', entityId: sha256, before: null, after: snapshot });
}
