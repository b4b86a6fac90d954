import type Database from 'better-sqlite3';
import type { ImportProblem } from '../../api/contract/import-report';
import { problem } from '../source/table';
import type { CollectionChoice } from '../rows/build-row';

export interface PlannedCollection {
  slug: string;
  /** True when the archive has no collection yet and the import creates this one. */
  created: boolean;
}

/** The collection an import creates in an archive that has none (a fresh archive for a test corpus, say). */
export const IMPORTED_COLLECTION = { slug: 'imported', layout: 'portraits' as const, title: { zh: '导入的展品', en: 'Imported exhibits' } };

type Choice =
  | { default: CollectionChoice | null; find: (v: string) => CollectionChoice | null; names: string; titles: string[]; planned: PlannedCollection | null }
  | { fatal: ImportProblem };

/**
 * Where rows go: the collection the curator chose, else the only one there is, else a new "imported" one in
 * an empty archive. With several collections and no choice the import stops and asks, rather than guess.
 */
export function chooseCollection(db: Database.Database, requested: string | undefined, rowsNameOne: boolean): Choice {
  const rows = db
    .prepare<[], { slug: string; layout: CollectionChoice['layout']; title: string; en: string | null }>(
      `SELECT c.slug, c.layout, c.title, t.value AS en FROM collections c
       LEFT JOIN translations t ON t.entity = 'collection' AND t.entity_id = CAST(c.id AS TEXT) AND t.field = 'title' AND t.lang = 'en'
       ORDER BY c.sort_order, c.id`,
    )
    .all();
  const names = rows.length ? rows.map((r) => `${r.slug} (${r.title})`).join(', ') : 'none yet';
  const titles = rows.map((r) => r.title);
  const find = (v: string): CollectionChoice | null => {
    const k = v.trim().toLowerCase();
    const r = rows.find((x) => x.slug === k) ?? rows.find((x) => x.title.trim() === v.trim()) ?? rows.find((x) => x.en?.trim().toLowerCase() === k);
    if (r) return { slug: r.slug, layout: r.layout };
    if (rows.length === 0 && k === IMPORTED_COLLECTION.slug) return { slug: IMPORTED_COLLECTION.slug, layout: IMPORTED_COLLECTION.layout };
    return null;
  };
  if (requested) {
    const found = find(requested);
    if (!found) {
      return {
        fatal: problem({ severity: 'error', key: 'COLLECTION_UNKNOWN', field: 'collection', value: requested, params: { collection: requested, collections: titles }, message: `There is no collection "${requested}" in this archive.`, suggestion: `Choose one of: ${names}.` }),
      };
    }
    return { default: found, find, names, titles, planned: { slug: found.slug, created: rows.length === 0 } };
  }
  if (rows.length === 1) return { default: { slug: rows[0]!.slug, layout: rows[0]!.layout }, find, names, titles, planned: { slug: rows[0]!.slug, created: false } };
  if (rows.length === 0) {
    const slug = IMPORTED_COLLECTION.slug;
    return { default: { slug, layout: IMPORTED_COLLECTION.layout }, find, names: slug, titles: [IMPORTED_COLLECTION.title.zh], planned: { slug, created: true } };
  }
  if (rowsNameOne) return { default: null, find, names, titles, planned: null };
  return {
    fatal: problem({ severity: 'error', key: 'COLLECTION_MISSING', field: 'collection', params: { collections: titles }, message: 'The archive has several collections and the import does not say which one the rows belong to.', suggestion: `Choose one (--collection <slug>), or add a 栏目 column. Collections: ${names}.` }),
  };
}
