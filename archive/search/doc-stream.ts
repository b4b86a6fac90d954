import type Database from 'better-sqlite3';
import { addExhibitTranslation, addPhotoText, SOURCE_COLUMNS, sourceDocOf, type SourceDoc, type SourceRow, type TranslatedText } from './doc-source';

interface StreamRow extends SourceRow {
  /** JSON arrays, '[]' when there is none. */
  tags: string;
  tr: string;
  media: string;
}

// One row per exhibit with its tags, translations and photos folded in as JSON, in the orders
// loadSourceDocs reads them (tags by tag, translations by field then language, photos by position; a
// photo's translations by the same subquery as there).
const SQL = `SELECT ${SOURCE_COLUMNS},
  (SELECT json_group_array(t.tag ORDER BY t.tag) FROM exhibit_tags t WHERE t.exhibit_id = e.id) AS tags,
  (SELECT json_group_array(json_array(t.field, t.lang, t.value) ORDER BY t.field, t.lang) FROM translations t
    WHERE t.entity = 'exhibit' AND t.entity_id = CAST(e.id AS TEXT)) AS tr,
  (SELECT json_group_array(json_array(m.caption, m.alt, json((SELECT json_group_array(json_array(t.lang, t.value)) FROM translations t
      WHERE t.entity = 'media' AND t.entity_id = m.sha256 AND t.field IN ('alt', 'caption')))) ORDER BY em.position)
    FROM exhibit_media em JOIN media m ON m.sha256 = em.sha256 WHERE em.exhibit_id = e.id) AS media
FROM exhibits e ORDER BY e.id`;

/**
 * Every exhibit, ascending ids, as loadSourceDocs reads it, one at a time from a single statement: a full
 * build holds one exhibit's rows at a time. Read in slices instead, each slice's rows and documents live
 * long enough to be promoted to the old generation, where they stay as garbage until a full collection
 * (tens of megabytes at the end of a build of 100k exhibits).
 */
export function* streamSourceDocs(db: Database.Database): Generator<SourceDoc> {
  for (const r of db.prepare<[], StreamRow>(SQL).iterate()) {
    const doc = sourceDocOf(r);
    if (r.tags !== '[]') doc.tags = JSON.parse(r.tags) as string[];
    if (r.tr !== '[]') for (const [field, lang, value] of JSON.parse(r.tr) as [string, TranslatedText['lang'], string][]) addExhibitTranslation(doc, field, lang, value);
    if (r.media !== '[]') for (const [caption, alt, tr] of JSON.parse(r.media) as [string, string, [TranslatedText['lang'], string][]][]) addPhotoText(doc, caption, alt, tr);
    yield doc;
  }
}
