import type Database from 'better-sqlite3';
import { ExhibitInput, type ExhibitInputRaw, type LocalText } from '../api/contract';
import { recordChange } from '../audit/log';
import { ArchiveError } from '../errors';
import { EXHIBIT_TEXT_FIELDS } from './exhibit-fields';
import { loadTranslations, localText, writeTranslations } from './translations';

interface ExhibitRow {
  id: number;
  uid: string;
  slug: string;
  kind: ExhibitInput['kind'];
  status: ExhibitInput['status'];
  hidden: number;
  sample: number;
  sort_order: number;
  birth_year: number | null;
  death_year: number | null;
  date_precision: ExhibitInput['date']['precision'];
  date_start: string | null;
  date_end: string | null;
  topic: string;
  rights: string;
  cover_sha256: string | null;
  [field: string]: unknown;
}

/** The exhibit as a complete ExhibitInput: what the audit log stores and what a revert writes back. */
export function readExhibitInput(db: Database.Database, id: number): ExhibitInput | null {
  const row = db
    .prepare<[number], ExhibitRow>('SELECT e.*, c.slug FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE e.id = ?')
    .get(id);
  if (!row) return null;
  const tr = loadTranslations(db, 'exhibit', [id]).get(String(id));
  const review = db
    .prepare<[string], { field: string; lang: string }>(`SELECT field, lang FROM translations WHERE entity = 'exhibit' AND entity_id = ? AND needs_review = 1 ORDER BY field, lang`)
    .all(String(id));
  const text = Object.fromEntries(EXHIBIT_TEXT_FIELDS.map((f) => [f, localText(String(row[f] ?? ''), tr, f)])) as Record<
    (typeof EXHIBIT_TEXT_FIELDS)[number],
    LocalText
  >;
  const media = db
    .prepare<[number], { sha256: string }>('SELECT sha256 FROM exhibit_media WHERE exhibit_id = ? ORDER BY position')
    .all(id)
    .map((m) => ({ sha256: m.sha256 }));
  const tags = db
    .prepare<[number], { tag: string }>('SELECT tag FROM exhibit_tags WHERE exhibit_id = ? ORDER BY tag')
    .all(id)
    .map((t) => t.tag);
  return ExhibitInput.parse({
    uid: row.uid,
    collection: row.slug,
    kind: row.kind,
    status: row.status,
    hidden: row.hidden === 1,
    sample: row.sample === 1,
    sortOrder: row.sort_order,
    ...text,
    birthYear: row.birth_year,
    deathYear: row.death_year,
    topic: row.topic,
    rights: row.rights,
    date: { precision: row.date_precision, start: row.date_start, end: row.date_end },
    tags,
    media,
    cover: row.cover_sha256,
    needsReview: review.map((r) => `${r.field}.${r.lang}`),
  });
}

function canonical(v: ExhibitInput): string {
  return JSON.stringify({ ...v, tags: [...v.tags].sort(), needsReview: [...v.needsReview].sort() });
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Creates or updates the exhibit with this uid, including its translations, tags and photo order, and logs
 * the change with full before/after snapshots. Synchronous: callers wrap many in one transaction.
 */
export function upsertExhibit(
  db: Database.Database,
  raw: ExhibitInputRaw | ExhibitInput,
  actor: string,
  /** `id`: the row id for a new exhibit, so reverting a deletion brings the exhibit back under its old id. */
  options: { id?: number } = {},
): { id: number; outcome: WriteOutcome } {
  const input = ExhibitInput.parse(raw);
  const collection = db.prepare<[string], { id: number }>('SELECT id FROM collections WHERE slug = ?').get(input.collection);
  if (!collection) throw new ArchiveError('UNKNOWN_COLLECTION', `There is no collection "${input.collection}".`, { field: 'collection' });
  for (const m of input.media) {
    if (!db.prepare('SELECT 1 FROM media WHERE sha256 = ?').get(m.sha256)) {
      throw new ArchiveError('UNKNOWN_MEDIA', `Photo ${m.sha256.slice(0, 12)}… is not in the archive.`, { field: 'media' });
    }
  }
  const existing = db.prepare<[string], { id: number }>('SELECT id FROM exhibits WHERE uid = ?').get(input.uid);
  const before = existing ? readExhibitInput(db, existing.id) : null;
  if (before && canonical(before) === canonical({ ...input, media: input.media.map((m) => ({ sha256: m.sha256 })) }) && input.media.every((m) => !m.alt && !m.caption && !m.credit)) {
    return { id: existing!.id, outcome: 'unchanged' };
  }

  const cols = {
    uid: input.uid,
    collection_id: collection.id,
    kind: input.kind,
    status: input.status,
    hidden: input.hidden ? 1 : 0,
    sample: input.sample ? 1 : 0,
    sort_order: input.sortOrder,
    birth_year: input.birthYear,
    death_year: input.deathYear,
    date_precision: input.date.precision,
    date_start: input.date.start,
    date_end: input.date.end,
    topic: input.topic,
    rights: input.rights,
    cover_sha256: input.cover ?? input.media[0]?.sha256 ?? null,
    ...Object.fromEntries(EXHIBIT_TEXT_FIELDS.map((f) => [f, input[f].zh.trim()])),
  };
  let id: number;
  if (existing) {
    id = existing.id;
    const sets = Object.keys(cols).map((k) => `${k} = @${k}`).join(', ');
    db.prepare(`UPDATE exhibits SET ${sets}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`).run({ ...cols, id });
  } else {
    const row = options.id === undefined ? cols : { id: options.id, ...cols };
    const keys = Object.keys(row);
    const info = db.prepare(`INSERT INTO exhibits (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`).run(row);
    id = Number(info.lastInsertRowid);
  }
  for (const f of EXHIBIT_TEXT_FIELDS) {
    const review = (['mn', 'en'] as const).filter((l) => input.needsReview.includes(`${f}.${l}`));
    writeTranslations(db, 'exhibit', id, f, input[f], review);
  }
  db.prepare('DELETE FROM exhibit_tags WHERE exhibit_id = ?').run(id);
  const putTag = db.prepare('INSERT OR IGNORE INTO exhibit_tags (exhibit_id, tag) VALUES (?, ?)');
  for (const t of input.tags) putTag.run(id, t);
  db.prepare('DELETE FROM exhibit_media WHERE exhibit_id = ?').run(id);
  const putMedia = db.prepare('INSERT OR IGNORE INTO exhibit_media (exhibit_id, sha256, position) VALUES (?, ?, ?)');
  input.media.forEach((m, i) => putMedia.run(id, m.sha256, i));
  // Per-photo text given with the exhibit fills the photo's own fields.
  const setMediaText = db.prepare(
    `UPDATE media SET alt = coalesce(@alt, alt), caption = coalesce(@caption, caption), credit = coalesce(@credit, credit) WHERE sha256 = @sha256`,
  );
  for (const m of input.media) {
    if (!m.alt && !m.caption && m.credit === undefined) continue;
    setMediaText.run({ sha256: m.sha256, alt: m.alt?.zh ?? null, caption: m.caption?.zh ?? null, credit: m.credit ?? null });
    if (m.alt) writeTranslations(db, 'media', m.sha256, 'alt', m.alt);
    if (m.caption) writeTranslations(db, 'media', m.sha256, 'caption', m.caption);
  }
  const after = readExhibitInput(db, id);
  recordChange(db, { actor, action: existing ? 'exhibit.update' : 'exhibit.create', entity: 'exhibit', entityId: id, before, after });
  return { id, outcome: existing ? 'updated' : 'created' };
}

/** Deletes an exhibit; its snapshot stays in the audit log so a revert can bring it back. */
export function deleteExhibit(db: Database.Database, id: number, actor: string): void {
  const before = readExhibitInput(db, id);
  if (!before) throw new ArchiveError('NOT_FOUND', `Exhibit ${id} does not exist.`);
  db.prepare('DELETE FROM exhibits WHERE id = ?').run(id);
  recordChange(db, { actor, action: 'exhibit.delete', entity: 'exhibit', entityId: id, before, after: null });
}
