import type Database from 'better-sqlite3';
import { z } from 'zod';
import { CollectionLayout, LocalText, Sha256 } from '../api/contract';
import { LocalTextInput } from '../api/contract/exhibit-input';
import { ruleCheck } from '../api/contract/schema-rules';
import { recordChange } from '../audit/log';
import { loadTranslations, localText, writeTranslations } from './translations';

export const CollectionInput = z
  .object({
    slug: z.string().refine((s) => /^[a-z0-9][a-z0-9-]{0,62}$/.test(s), ruleCheck('slug-pattern', 'use lower-case letters, digits and hyphens')),
    layout: CollectionLayout.default('portraits'),
    title: LocalTextInput,
    description: LocalTextInput.default({ zh: '' }),
    sortOrder: z.number().int().default(0),
    hidden: z.boolean().default(false),
    cover: Sha256.nullable().default(null),
    needsReview: z.array(z.string().regex(/^[a-z]+\.(mn|en)$/)).default([]),
  })
  .strict();
export type CollectionInput = z.output<typeof CollectionInput>;

function review(input: CollectionInput, field: string): ('mn' | 'en')[] {
  return (['mn', 'en'] as const).filter((l) => input.needsReview.includes(`${field}.${l}`));
}

/** The collection as a complete CollectionInput with its translations: what the audit log stores and a revert writes back. */
export function readCollectionInput(db: Database.Database, id: number): CollectionInput | null {
  const row = db
    .prepare<[number], { slug: string; layout: CollectionInput['layout']; title: string; description: string; sort_order: number; hidden: number; cover_sha256: string | null }>(
      'SELECT slug, layout, title, description, sort_order, hidden, cover_sha256 FROM collections WHERE id = ?',
    )
    .get(id);
  if (!row) return null;
  const tr = loadTranslations(db, 'collection', [id]).get(String(id));
  const review = db
    .prepare<[string], { field: string; lang: string }>(`SELECT field, lang FROM translations WHERE entity = 'collection' AND entity_id = ? AND needs_review = 1 ORDER BY field, lang`)
    .all(String(id));
  return CollectionInput.parse({
    slug: row.slug,
    layout: row.layout,
    title: localText(row.title, tr, 'title'),
    description: localText(row.description, tr, 'description'),
    sortOrder: row.sort_order,
    hidden: row.hidden === 1,
    cover: row.cover_sha256,
    needsReview: review.map((r) => `${r.field}.${r.lang}`),
  });
}

export function upsertCollection(db: Database.Database, raw: z.input<typeof CollectionInput>, actor: string): number {
  const input = CollectionInput.parse(raw);
  const existing = db.prepare<[string], Record<string, unknown> & { id: number }>('SELECT * FROM collections WHERE slug = ?').get(input.slug);
  const before = existing ? readCollectionInput(db, existing.id) : null;
  const cols = {
    slug: input.slug,
    layout: input.layout,
    title: input.title.zh,
    description: input.description.zh,
    sort_order: input.sortOrder,
    hidden: input.hidden ? 1 : 0,
    cover_sha256: input.cover,
  };
  let id: number;
  if (existing) {
    id = existing.id;
    db.prepare(
      `UPDATE collections SET layout=@layout, title=@title, description=@description, sort_order=@sort_order, hidden=@hidden,
       cover_sha256=@cover_sha256, updated_at=strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id=@id`,
    ).run({ ...cols, id });
  } else {
    id = Number(
      db
        .prepare(
          `INSERT INTO collections (slug, layout, title, description, sort_order, hidden, cover_sha256)
           VALUES (@slug, @layout, @title, @description, @sort_order, @hidden, @cover_sha256)`,
        )
        .run(cols).lastInsertRowid,
    );
  }
  writeTranslations(db, 'collection', id, 'title', input.title, review(input, 'title'));
  writeTranslations(db, 'collection', id, 'description', input.description, review(input, 'description'));
  recordChange(db, { actor, action: existing ? 'collection.update' : 'collection.create', entity: 'collection', entityId: id, before, after: readCollectionInput(db, id) });
  return id;
}

export const FigureInput = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
    value: z.number().finite(),
    unit: LocalTextInput.default({ zh: '' }),
    caption: LocalTextInput,
    source: z.string().default(''),
    sortOrder: z.number().int().default(0),
    needsReview: z.array(z.string().regex(/^[a-z]+\.(mn|en)$/)).default([]),
  })
  .strict();

export function upsertFigure(db: Database.Database, raw: z.input<typeof FigureInput>, actor: string): number {
  const f = FigureInput.parse(raw);
  const existing = db.prepare<[string], { id: number }>('SELECT id FROM figures WHERE key = ?').get(f.key);
  const cols = { key: f.key, value: f.value, unit: f.unit.zh, caption: f.caption.zh, source: f.source, sort_order: f.sortOrder };
  const id = existing
    ? (db.prepare('UPDATE figures SET value=@value, unit=@unit, caption=@caption, source=@source, sort_order=@sort_order WHERE key=@key').run(cols), existing.id)
    : Number(db.prepare('INSERT INTO figures (key, value, unit, caption, source, sort_order) VALUES (@key, @value, @unit, @caption, @source, @sort_order)').run(cols).lastInsertRowid);
  const rev = (field: string) => (['mn', 'en'] as const).filter((l) => f.needsReview.includes(`${field}.${l}`));
  writeTranslations(db, 'figure', id, 'unit', f.unit, rev('unit'));
  writeTranslations(db, 'figure', id, 'caption', f.caption, rev('caption'));
  recordChange(db, { actor, action: existing ? 'figure.update' : 'figure.create', entity: 'figure', entityId: id, before: null, after: f });
  return id;
}

export type { LocalText };
