import type Database from 'better-sqlite3';
import type { Entity } from '../content/translations';

/**
 * Sets one language of one field, keeping every other cell (and its needs-review flag) as it is; an empty
 * value removes the row so the field reads as "missing" again.
 */
export function setTranslationCell(db: Database.Database, entity: Entity, id: string, field: string, lang: 'mn' | 'en', value: string, needsReview: boolean): void {
  const v = value.trim();
  if (!v) {
    db.prepare('DELETE FROM translations WHERE entity = ? AND entity_id = ? AND field = ? AND lang = ?').run(entity, id, field, lang);
    return;
  }
  db.prepare(
    `INSERT INTO translations (entity, entity_id, field, lang, value, needs_review) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (entity, entity_id, field, lang) DO UPDATE SET value = excluded.value, needs_review = excluded.needs_review,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE value IS NOT excluded.value OR needs_review IS NOT excluded.needs_review`,
  ).run(entity, id, field, lang, v, needsReview ? 1 : 0);
}

export function reviewFlags(db: Database.Database, entity: Entity, id: string): string[] {
  return db
    .prepare<[string, string], { field: string; lang: string }>('SELECT field, lang FROM translations WHERE entity = ? AND entity_id = ? AND needs_review = 1 ORDER BY field, lang')
    .all(entity, id)
    .map((r) => `${r.field}.${r.lang}`);
}
