import type Database from 'better-sqlite3';
import type { CollectionForm, CollectionRecord } from '../api/contract';
import { recordChange } from '../audit/log';
import { CollectionInput, readCollectionInput, upsertCollection } from '../content/collection-write';
import { ArchiveError } from '../errors';
import { fieldErrors, fieldProblem, fieldRefusal } from './field-errors';

interface Row {
  id: number;
  slug: string;
  updated_at: string;
  total: number;
  published: number;
}

export function listCollectionRecords(db: Database.Database): CollectionRecord[] {
  const rows = db
    .prepare<[], Row>(
      `SELECT c.id, c.slug, c.updated_at,
         (SELECT count(*) FROM exhibits e WHERE e.collection_id = c.id) AS total,
         (SELECT count(*) FROM exhibits e WHERE e.collection_id = c.id AND e.status = 'published' AND e.hidden = 0) AS published
       FROM collections c ORDER BY c.sort_order, c.id`,
    )
    .all();
  return rows.map((r) => {
    const input = readCollectionInput(db, r.id)!;
    return {
      id: r.id,
      slug: r.slug,
      layout: input.layout,
      title: input.title,
      description: input.description,
      sortOrder: input.sortOrder,
      hidden: input.hidden,
      cover: input.cover,
      exhibitCount: r.total,
      publishedCount: r.published,
      needsReview: input.needsReview,
      updatedAt: r.updated_at,
    };
  });
}

function record(db: Database.Database, slug: string): CollectionRecord {
  const r = listCollectionRecords(db).find((c) => c.slug === slug);
  if (!r) throw new ArchiveError('NOT_FOUND', `There is no collection "${slug}".`);
  return r;
}

/** Creates a collection or edits one; its key (slug) never changes, because visitor links use it. */
export function saveCollectionForm(db: Database.Database, req: { originalSlug: string | null; baseUpdatedAt: string | null; collection: CollectionForm }, actor: string): CollectionRecord {
  return db.transaction(() => {
    const form = req.collection as Partial<CollectionForm>;
    let sortOrder: number;
    if (req.originalSlug !== null) {
      const current = db.prepare<[string], { id: number; updated_at: string; sort_order: number }>('SELECT id, updated_at, sort_order FROM collections WHERE slug = ?').get(req.originalSlug);
      if (!current) throw new ArchiveError('NOT_FOUND', `Collection "${req.originalSlug}" was deleted while you were editing it; your changes are still in the form.`);
      if (req.baseUpdatedAt !== null && req.baseUpdatedAt !== current.updated_at) {
        throw new ArchiveError('EDIT_CONFLICT', 'Someone else saved this collection after you opened it. Your changes are still in the form; reload to see theirs.');
      }
      if (form.slug !== req.originalSlug) throw fieldRefusal('slug', fieldProblem('slug-fixed', 'A collection’s key cannot change once visitors can link to it.'));
      sortOrder = current.sort_order;
    } else {
      if (typeof form.slug === 'string' && db.prepare('SELECT 1 FROM collections WHERE slug = ?').get(form.slug)) {
        throw fieldRefusal('slug', fieldProblem('slug-taken', `There is already a collection with the key "${form.slug}".`, { slug: form.slug }));
      }
      sortOrder = ((db.prepare('SELECT max(sort_order) AS n FROM collections').get() as { n: number | null }).n ?? 0) + 1;
    }
    const { slug, layout, title, description, hidden, cover, needsReview } = form;
    const parsed = CollectionInput.safeParse({ slug, layout, title, description, hidden, cover, needsReview, sortOrder });
    if (!parsed.success) throw fieldErrors('collection', parsed.error);
    if (!parsed.data.title.zh.trim()) throw fieldRefusal('title', fieldProblem('title-missing', 'A collection needs a Chinese title.'));
    upsertCollection(db, parsed.data, actor);
    return record(db, parsed.data.slug);
  })();
}

/** Deletes an empty collection (its snapshot stays in the log); one with exhibits must be emptied first. */
export function deleteCollectionBySlug(db: Database.Database, slug: string, actor: string): void {
  db.transaction(() => {
    const row = db.prepare<[string], { id: number }>('SELECT id FROM collections WHERE slug = ?').get(slug);
    if (!row) throw new ArchiveError('NOT_FOUND', `There is no collection "${slug}".`);
    const n = (db.prepare('SELECT count(*) AS n FROM exhibits WHERE collection_id = ?').get(row.id) as { n: number }).n;
    if (n > 0) throw new ArchiveError('COLLECTION_NOT_EMPTY', `This collection still holds ${n} exhibit${n === 1 ? '' : 's'}. Move or delete them first.`, { exhibits: n });
    const before = readCollectionInput(db, row.id);
    db.prepare('DELETE FROM collections WHERE id = ?').run(row.id);
    recordChange(db, { actor, action: 'collection.delete', entity: 'collection', entityId: row.id, before, after: null });
  })();
}

export type OrderSnapshot = { key: string | number; sortOrder: number }[];

/** Applies a new order to every collection with one logged entry (a revert restores the old order). */
export function reorderCollections(db: Database.Database, slugs: readonly string[], actor: string): void {
  db.transaction(() => {
    const rows = db.prepare<[], { slug: string; sort_order: number }>('SELECT slug, sort_order FROM collections ORDER BY sort_order, id').all();
    const all = new Set(rows.map((r) => r.slug));
    if (slugs.length !== all.size || new Set(slugs).size !== slugs.length || !slugs.every((s) => all.has(s))) {
      throw new ArchiveError('LIST_OUT_OF_DATE', 'The list of collections changed while you were sorting it. Reload and sort again.');
    }
    const before: OrderSnapshot = rows.map((r) => ({ key: r.slug, sortOrder: r.sort_order }));
    const after: OrderSnapshot = slugs.map((s, i) => ({ key: s, sortOrder: i + 1 }));
    applyCollectionOrder(db, after);
    recordChange(db, { actor, action: 'collection.reorder', entity: 'collections', entityId: 'order', before, after });
  })();
}

// The order is not part of what a form edits, so sorting leaves updated_at alone and open forms stay valid.
export function applyCollectionOrder(db: Database.Database, order: OrderSnapshot): void {
  const put = db.prepare(`UPDATE collections SET sort_order = ? WHERE slug = ? AND sort_order IS NOT ?`);
  for (const o of order) put.run(o.sortOrder, String(o.key), o.sortOrder);
}

/** A collection's exhibits in a new order, as one logged entry. */
export function reorderExhibits(db: Database.Database, slug: string, ids: readonly number[], actor: string): void {
  db.transaction(() => {
    const c = db.prepare<[string], { id: number }>('SELECT id FROM collections WHERE slug = ?').get(slug);
    if (!c) throw new ArchiveError('NOT_FOUND', `There is no collection "${slug}".`);
    const rows = db.prepare<[number], { id: number; sort_order: number }>('SELECT id, sort_order FROM exhibits WHERE collection_id = ? ORDER BY sort_order, id').all(c.id);
    const all = new Set(rows.map((r) => r.id));
    if (ids.length !== all.size || new Set(ids).size !== ids.length || !ids.every((i) => all.has(i))) {
      throw new ArchiveError('LIST_OUT_OF_DATE', 'The exhibits in this collection changed while you were sorting them. Reload and sort again.');
    }
    const before: OrderSnapshot = rows.map((r) => ({ key: r.id, sortOrder: r.sort_order }));
    const after: OrderSnapshot = ids.map((id, i) => ({ key: id, sortOrder: (i + 1) * 10 }));
    applyExhibitOrder(db, after);
    recordChange(db, { actor, action: 'exhibit.reorder', entity: 'exhibit-order', entityId: slug, before, after });
  })();
}

export function applyExhibitOrder(db: Database.Database, order: OrderSnapshot): void {
  const put = db.prepare(`UPDATE exhibits SET sort_order = ? WHERE id = ? AND sort_order IS NOT ?`);
  for (const o of order) put.run(o.sortOrder, Number(o.key), o.sortOrder);
}
