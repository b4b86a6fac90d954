import type Database from 'better-sqlite3';
import type { ReviewItem } from '../api/contract';
import { recordChange } from '../audit/log';
import { readCollectionInput, upsertCollection } from '../content/collection-write';
import { EXHIBIT_TEXT_FIELDS } from '../content/exhibit-fields';
import { readExhibitInput, upsertExhibit } from '../content/exhibit-write';
import { ArchiveError } from '../errors';
import { readMediaText, writeMediaText } from './media-text';
import { setTranslationCell } from './translation-cells';

type Entity = ReviewItem['entity'];

/** Which columns hold each entity's Chinese source text: the only field names ever put into SQL here. */
const SOURCE_FIELDS: Record<Entity, readonly string[]> = {
  exhibit: EXHIBIT_TEXT_FIELDS,
  collection: ['title', 'description'],
  media: ['alt', 'caption'],
  figure: ['unit', 'caption'],
};

const SOURCE_SQL: Record<Entity, { table: string; key: string; label: string }> = {
  exhibit: { table: 'exhibits', key: 'CAST(id AS TEXT)', label: `coalesce(nullif(name, ''), title)` },
  collection: { table: 'collections', key: 'CAST(id AS TEXT)', label: 'title' },
  media: { table: 'media', key: 'sha256', label: `coalesce(nullif(caption, ''), nullif(alt, ''), original_name)` },
  figure: { table: 'figures', key: 'CAST(id AS TEXT)', label: 'caption' },
};

interface TrRow {
  entity: Entity;
  entity_id: string;
  field: string;
  lang: 'mn' | 'en';
  value: string;
  updated_at: string;
}

/** Content translations waiting for a native speaker, with the Chinese they translate. */
export function listReviewItems(db: Database.Database, q: { lang?: 'mn' | 'en' | undefined; offset: number; limit: number }): { total: number; items: ReviewItem[] } {
  const where = `needs_review = 1 ${q.lang ? 'AND lang = @lang' : ''}`;
  const params = { lang: q.lang ?? null, limit: q.limit, offset: q.offset };
  const total = (db.prepare(`SELECT count(*) AS n FROM translations WHERE ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT entity, entity_id, field, lang, value, updated_at FROM translations WHERE ${where} ORDER BY entity, entity_id, field, lang LIMIT @limit OFFSET @offset`)
    .all(params) as TrRow[];
  const items: ReviewItem[] = [];
  for (const r of rows) {
    const s = SOURCE_SQL[r.entity];
    const field = SOURCE_FIELDS[r.entity].includes(r.field) ? r.field : null;
    const src = field
      ? (db.prepare(`SELECT ${field} AS source, ${s.label} AS label FROM ${s.table} WHERE ${s.key} = ?`).get(r.entity_id) as { source: string; label: string } | undefined)
      : undefined;
    items.push({ entity: r.entity, entityId: r.entity_id, field: r.field, lang: r.lang, value: r.value, source: src?.source ?? '', label: src?.label ?? r.entity_id, updatedAt: r.updated_at });
  }
  return { total, items };
}

/**
 * Confirms (or corrects) one drafted translation. It goes through the entity's own writer, so the exhibit's
 * or collection's history shows it and a revert can undo it like any other edit.
 */
export function reviewTranslation(db: Database.Database, k: { entity: Entity; entityId: string; field: string; lang: 'mn' | 'en'; value: string }, actor: string): void {
  if (!SOURCE_FIELDS[k.entity].includes(k.field)) throw new ArchiveError('BAD_INPUT', `"${k.field}" is not a translatable field of a ${k.entity}.`);
  const value = k.value.trim();
  const key = `${k.field}.${k.lang}`;
  db.transaction(() => {
    if (k.entity === 'exhibit') {
      const current = readExhibitInput(db, Number(k.entityId));
      if (!current) throw new ArchiveError('NOT_FOUND', 'That exhibit no longer exists.');
      const field = k.field as (typeof EXHIBIT_TEXT_FIELDS)[number];
      const text = { ...current[field] };
      if (value) text[k.lang] = value;
      else delete text[k.lang];
      upsertExhibit(db, { ...current, [field]: text, needsReview: current.needsReview.filter((n) => n !== key) }, actor);
    } else if (k.entity === 'collection') {
      const current = readCollectionInput(db, Number(k.entityId));
      if (!current) throw new ArchiveError('NOT_FOUND', 'That collection no longer exists.');
      const field = k.field as 'title' | 'description';
      const text = { ...current[field] };
      if (value) text[k.lang] = value;
      else delete text[k.lang];
      upsertCollection(db, { ...current, [field]: text, needsReview: current.needsReview.filter((n) => n !== key) }, actor);
    } else if (k.entity === 'media') {
      const current = readMediaText(db, k.entityId);
      if (!current) throw new ArchiveError('NOT_FOUND', 'That photo no longer exists.');
      const field = k.field as 'alt' | 'caption';
      const text = { ...current[field] };
      if (value) text[k.lang] = value;
      else delete text[k.lang];
      writeMediaText(db, k.entityId, { ...current, [field]: text, needsReview: current.needsReview.filter((n) => n !== key) }, actor);
    } else {
      const before = db
        .prepare<[string, string, string], { value: string; needs_review: number }>(`SELECT value, needs_review FROM translations WHERE entity = 'figure' AND entity_id = ? AND field = ? AND lang = ?`)
        .get(k.entityId, k.field, k.lang);
      setTranslationCell(db, 'figure', k.entityId, k.field, k.lang, value, false);
      recordChange(db, {
        actor,
        action: 'translation.review',
        entity: 'translation',
        entityId: `figure:${k.entityId}:${k.field}:${k.lang}`,
        before: before ? { value: before.value, needsReview: before.needs_review === 1 } : null,
        after: value ? { value, needsReview: false } : null,
      });
    }
  })();
}

/** Puts one figure translation back as a revert asks. */
export function restoreFigureTranslation(db: Database.Database, entityId: string, state: { value: string; needsReview: boolean } | null, actor: string): void {
  const [, id, field, lang] = entityId.split(':');
  if (!id || !field || (lang !== 'mn' && lang !== 'en') || !SOURCE_FIELDS.figure.includes(field)) throw new ArchiveError('BAD_INPUT', `Cannot read the translation key ${entityId}.`);
  const before = db
    .prepare<[string, string, string], { value: string; needs_review: number }>(`SELECT value, needs_review FROM translations WHERE entity = 'figure' AND entity_id = ? AND field = ? AND lang = ?`)
    .get(id, field, lang);
  setTranslationCell(db, 'figure', id, field, lang, state?.value ?? '', state?.needsReview ?? false);
  recordChange(db, { actor, action: 'translation.review', entity: 'translation', entityId, before: before ? { value: before.value, needsReview: before.needs_review === 1 } : null, after: state });
}
