import type Database from 'better-sqlite3';
import { stmt } from './statements';

/** The Chinese text fields of an exhibit that search reads (credit and rights are not what visitors look for). */
export const ZH_FIELDS = ['name', 'title', 'hometown', 'ethnicity', 'unit', 'honours', 'place', 'body'] as const;
export type ZhField = (typeof ZH_FIELDS)[number];

export interface TranslatedText {
  lang: 'en' | 'mn';
  /** An exhibit field, or 'caption' for a photo's caption or alt text. */
  field: ZhField | 'caption';
  value: string;
}

/** Everything search knows about one exhibit, as stored (not yet folded). */
export interface SourceDoc {
  id: number;
  collectionId: number;
  /** Published and not hidden; the collection's own visibility is checked separately. */
  published: boolean;
  year: number | null;
  zh: Record<ZhField, string>;
  tags: string[];
  /** The zh caption and alt text of each photo. */
  captions: string[];
  translations: TranslatedText[];
}

/** Translated fields search reads: the exhibit's own Chinese fields. */
const SEARCHED = new Set<string>(ZH_FIELDS);

/** The exhibit's own columns a document is made from (both readers select SOURCE_COLUMNS). */
export const SOURCE_COLUMNS = `e.id, e.collection_id, e.status, e.hidden, e.year, ${ZH_FIELDS.map((f) => `e.${f}`).join(', ')}`;

export interface SourceRow extends Record<ZhField, string> {
  id: number;
  collection_id: number;
  status: string;
  hidden: number;
  year: number | null;
}

/** A document from the exhibit's own row; its tags, captions and translations are added as they are read. */
export function sourceDocOf(r: SourceRow): SourceDoc {
  const zh = {} as Record<ZhField, string>;
  for (const f of ZH_FIELDS) zh[f] = r[f] ?? '';
  return { id: r.id, collectionId: r.collection_id, published: r.status === 'published' && r.hidden === 0, year: r.year, zh, tags: [], captions: [], translations: [] };
}

/** An exhibit translation, kept when it is of a field search reads. */
export function addExhibitTranslation(doc: SourceDoc, field: string, lang: TranslatedText['lang'], value: string): void {
  if (SEARCHED.has(field)) doc.translations.push({ lang, field: field as ZhField, value });
}

/** A photo's caption and alt text (blank ones skipped), and their translations, in photo order. */
export function addPhotoText(doc: SourceDoc, caption: string, alt: string, translations: readonly [TranslatedText['lang'], string][]): void {
  for (const text of [caption, alt]) if (text.trim()) doc.captions.push(text);
  for (const [lang, value] of translations) doc.translations.push({ lang, field: 'caption', value });
}

/**
 * Reads exhibits for the index: all of them (ids = null), or the given ids. Five set-based queries,
 * whatever the number of exhibits, so a full load of 100k exhibits stays a sequential read.
 */
export function loadSourceDocs(db: Database.Database, ids: readonly number[] | null): SourceDoc[] {
  const params = ids ? [JSON.stringify(ids)] : [];
  const only = (column: string, asText = false) => (ids ? `WHERE ${column} IN (SELECT ${asText ? 'CAST(value AS TEXT)' : 'value'} FROM json_each(?))` : '');
  const docs = new Map<number, SourceDoc>();
  const rows = stmt(db, `SELECT ${SOURCE_COLUMNS} FROM exhibits e ${only('e.id')} ORDER BY e.id`).all(
    ...params,
  ) as SourceRow[];
  for (const r of rows) docs.set(r.id, sourceDocOf(r));
  if (docs.size === 0) return [];
  for (const t of stmt(db, `SELECT t.exhibit_id AS id, t.tag FROM exhibit_tags t ${only('t.exhibit_id')} ORDER BY t.exhibit_id, t.tag`).iterate(...params) as Iterable<{
    id: number;
    tag: string;
  }>) {
    docs.get(t.id)?.tags.push(t.tag);
  }
  const trWhere = ids ? `AND t.entity_id IN (SELECT CAST(value AS TEXT) FROM json_each(?))` : '';
  for (const t of stmt(db, `SELECT CAST(t.entity_id AS INTEGER) AS id, t.field, t.lang, t.value FROM translations t WHERE t.entity = 'exhibit' ${trWhere} ORDER BY t.entity_id, t.field, t.lang`).iterate(
    ...params,
  ) as Iterable<{ id: number; field: string; lang: 'en' | 'mn'; value: string }>) {
    const doc = docs.get(t.id);
    if (doc) addExhibitTranslation(doc, t.field, t.lang, t.value);
  }
  for (const m of stmt(
    db,
    `SELECT em.exhibit_id AS id, m.alt, m.caption,
       (SELECT json_group_array(json_array(t.lang, t.value)) FROM translations t
         WHERE t.entity = 'media' AND t.entity_id = m.sha256 AND t.field IN ('alt', 'caption')) AS tr
     FROM exhibit_media em JOIN media m ON m.sha256 = em.sha256 ${only('em.exhibit_id')} ORDER BY em.exhibit_id, em.position`,
  ).iterate(...params) as Iterable<{ id: number; alt: string; caption: string; tr: string }>) {
    const doc = docs.get(m.id);
    if (!doc) continue;
    addPhotoText(doc, m.caption, m.alt, JSON.parse(m.tr) as [TranslatedText['lang'], string][]);
  }
  return [...docs.values()];
}
