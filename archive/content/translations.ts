import type Database from 'better-sqlite3';
import type { LocalText } from '../api/contract';

export type Entity = 'collection' | 'exhibit' | 'media' | 'figure';
type FieldMap = Map<string, { mn?: string; en?: string }>;

/** Loads every mn/en translation of many entities in one query (a page of 500 tiles is one round trip). */
export function loadTranslations(db: Database.Database, entity: Entity, ids: readonly (string | number)[]): Map<string, FieldMap> {
  const out = new Map<string, FieldMap>();
  if (ids.length === 0) return out;
  const stmt = db.prepare<[string, string], { entity_id: string; field: string; lang: 'mn' | 'en'; value: string }>(
    `SELECT entity_id, field, lang, value FROM translations WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?))`,
  );
  for (const row of stmt.iterate(entity, JSON.stringify(ids.map(String)))) {
    let fields = out.get(row.entity_id);
    if (!fields) out.set(row.entity_id, (fields = new Map()));
    const t = fields.get(row.field) ?? {};
    t[row.lang] = row.value;
    fields.set(row.field, t);
  }
  return out;
}

export function localText(zh: string, fields: FieldMap | undefined, field: string): LocalText {
  const t = fields?.get(field);
  const out: LocalText = { zh };
  if (t?.mn) out.mn = t.mn;
  if (t?.en) out.en = t.en;
  return out;
}

/** Replaces the mn/en rows of one field; the zh text lives in the entity's own column. */
export function writeTranslations(db: Database.Database, entity: Entity, id: string | number, field: string, text: LocalText, needsReview: readonly ('mn' | 'en')[] = []): void {
  const del = db.prepare('DELETE FROM translations WHERE entity = ? AND entity_id = ? AND field = ? AND lang = ?');
  const put = db.prepare(
    `INSERT INTO translations (entity, entity_id, field, lang, value, needs_review) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (entity, entity_id, field, lang) DO UPDATE SET value = excluded.value, needs_review = excluded.needs_review,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE value IS NOT excluded.value OR needs_review IS NOT excluded.needs_review`,
  );
  for (const lang of ['mn', 'en'] as const) {
    const value = text[lang]?.trim();
    if (value) put.run(entity, String(id), field, lang, value, needsReview.includes(lang) ? 1 : 0);
    else del.run(entity, String(id), field, lang);
  }
}
