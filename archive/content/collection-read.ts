import type Database from 'better-sqlite3';
import type { CollectionSummary, Figure } from '../api/contract';
import { loadMediaRefs } from './media-refs';
import { loadTranslations, localText } from './translations';
import { visibleSql, type Audience } from './visibility';

export function listCollections(db: Database.Database, audience: Audience): CollectionSummary[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.slug, c.layout, c.title, c.description, c.cover_sha256,
         (SELECT count(*) FROM exhibits e WHERE e.collection_id = c.id AND ${visibleSql(audience)}) AS n,
         (SELECT e.cover_sha256 FROM exhibits e WHERE e.collection_id = c.id AND e.cover_sha256 IS NOT NULL AND ${visibleSql(audience)}
            ORDER BY e.sort_order, e.id LIMIT 1) AS first_cover
       FROM collections c WHERE ${audience === 'visitor' ? 'c.hidden = 0' : '1'} ORDER BY c.sort_order, c.id`,
    )
    .all() as { id: number; slug: string; layout: CollectionSummary['layout']; title: string; description: string; cover_sha256: string | null; n: number; first_cover: string | null }[];
  const tr = loadTranslations(db, 'collection', rows.map((r) => r.id));
  const media = loadMediaRefs(db, rows.flatMap((r) => [r.cover_sha256 ?? r.first_cover ?? []].flat()));
  return rows.map((r) => {
    const f = tr.get(String(r.id));
    const cover = r.cover_sha256 ?? r.first_cover;
    return {
      id: r.id,
      slug: r.slug,
      layout: r.layout,
      title: localText(r.title, f, 'title'),
      description: localText(r.description, f, 'description'),
      exhibitCount: r.n,
      cover: cover ? (media.get(cover) ?? null) : null,
    };
  });
}

export function listFigures(db: Database.Database): Figure[] {
  const rows = db
    .prepare('SELECT id, key, value, unit, caption, source FROM figures ORDER BY sort_order, id')
    .all() as { id: number; key: string; value: number; unit: string; caption: string; source: string }[];
  const tr = loadTranslations(db, 'figure', rows.map((r) => r.id));
  return rows.map((r) => {
    const f = tr.get(String(r.id));
    return { id: r.id, key: r.key, value: r.value, unit: localText(r.unit, f, 'unit'), caption: localText(r.caption, f, 'caption'), source: r.source };
  });
}
