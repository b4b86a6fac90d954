import type Database from 'better-sqlite3';
import type { ReviewItem, ReviewPlace } from '../api/contract';
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
  exhibit_id: number | null;
  exhibit_label: string | null;
  collection_slug: string | null;
  collection_title: string | null;
  photo: number | null;
}

/** The order a visitor meets an exhibit's texts in: name first, then the rest as the page shows them. */
const FIELD_ORDER = `,${[...new Set(['name', ...EXHIBIT_TEXT_FIELDS, 'description', 'caption', 'alt'])].join(',')},`;

/**
 * Drafted translations in the order the kiosk shows them: collection by collection (its own title and
 * description, then each exhibit's fields and photos in the gallery's order), photos no exhibit shows, and
 * the numbers page last. A photo belongs to the first published exhibit showing it.
 */
const LIST_SQL = `
  WITH t AS (
    SELECT entity, entity_id, field, lang, value, updated_at,
      CASE entity
        WHEN 'exhibit' THEN CAST(entity_id AS INTEGER)
        WHEN 'media' THEN (SELECT em.exhibit_id FROM exhibit_media em JOIN exhibits x ON x.id = em.exhibit_id
                           WHERE em.sha256 = translations.entity_id ORDER BY x.status = 'published' DESC, em.exhibit_id LIMIT 1)
      END AS exhibit_id
    FROM translations WHERE needs_review = 1 AND (@lang IS NULL OR lang = @lang)
  )
  SELECT t.*, coalesce(nullif(e.name, ''), e.title) AS exhibit_label, c.slug AS collection_slug, c.title AS collection_title,
    CASE WHEN t.entity = 'media' AND t.exhibit_id IS NOT NULL THEN
      (SELECT count(*) FROM exhibit_media p WHERE p.exhibit_id = t.exhibit_id
         AND p.position <= (SELECT q.position FROM exhibit_media q WHERE q.exhibit_id = t.exhibit_id AND q.sha256 = t.entity_id))
    END AS photo
  FROM t
  LEFT JOIN exhibits e ON e.id = t.exhibit_id
  LEFT JOIN collections c ON c.id = CASE WHEN t.entity = 'collection' THEN CAST(t.entity_id AS INTEGER) ELSE e.collection_id END
  LEFT JOIN figures f ON t.entity = 'figure' AND f.id = CAST(t.entity_id AS INTEGER)
  ORDER BY t.entity = 'figure', c.id IS NULL, c.sort_order, c.id, t.exhibit_id IS NOT NULL, e.sort_order, e.id,
    t.entity = 'media', photo, f.sort_order, f.id, t.entity_id, instr(@fields, ',' || t.field || ','), t.field, t.lang
  LIMIT @limit OFFSET @offset`;

function placeOf(r: TrRow, label: string): ReviewPlace {
  if (r.entity === 'figure') return { kind: 'numbers', id: null, name: '', collection: null, photo: null };
  if (r.entity === 'collection') return { kind: 'collection', id: r.collection_slug, name: r.collection_title ?? label, collection: null, photo: null };
  if (r.exhibit_id === null) return { kind: 'unplaced', id: null, name: label, collection: null, photo: null };
  return { kind: 'exhibit', id: String(r.exhibit_id), name: r.exhibit_label ?? label, collection: r.collection_title, photo: r.photo };
}

/**
 * Content translations waiting for a native speaker, with the Chinese they translate, the English as a
 * reference while Mongolian is reviewed, and where visitors meet them.
 */
export function listReviewItems(db: Database.Database, q: { lang?: 'mn' | 'en' | undefined; offset: number; limit: number }): { total: number; items: ReviewItem[] } {
  const lang = q.lang ?? null;
  const total = (db.prepare(`SELECT count(*) AS n FROM translations WHERE needs_review = 1 AND (@lang IS NULL OR lang = @lang)`).get({ lang }) as { n: number }).n;
  const rows = db.prepare(LIST_SQL).all({ lang, limit: q.limit, offset: q.offset, fields: FIELD_ORDER }) as TrRow[];
  const english = db.prepare<[string, string, string], { value: string }>(`SELECT value FROM translations WHERE entity = ? AND entity_id = ? AND field = ? AND lang = 'en'`);
  const items: ReviewItem[] = [];
  for (const r of rows) {
    const s = SOURCE_SQL[r.entity];
    const field = SOURCE_FIELDS[r.entity].includes(r.field) ? r.field : null;
    const src = field
      ? (db.prepare(`SELECT ${field} AS source, ${s.label} AS label FROM ${s.table} WHERE ${s.key} = ?`).get(r.entity_id) as { source: string; label: string } | undefined)
      : undefined;
    const label = src?.label ?? r.entity_id;
    const reference = r.lang === 'mn' ? (english.get(r.entity, r.entity_id, r.field)?.value ?? null) : null;
    items.push({ entity: r.entity, entityId: r.entity_id, field: r.field, lang: r.lang, value: r.value, source: src?.source ?? '', reference, label, place: placeOf(r, label), updatedAt: r.updated_at });
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
