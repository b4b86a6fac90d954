import type Database from 'better-sqlite3';
import type { ExhibitDetail, ExhibitFilters, ExhibitTile } from '../api/contract';
import { ArchiveError } from '../errors';
import { EXHIBIT_TEXT_FIELDS } from './exhibit-fields';
import { loadMediaRefs } from './media-refs';
import { loadTranslations, localText } from './translations';
import { visibleSql, type Audience } from './visibility';

export interface ExhibitRow {
  id: number;
  uid: string;
  collection_id: number;
  slug: string;
  kind: ExhibitTile['kind'];
  status: ExhibitTile['status'];
  sample: number;
  title: string;
  name: string;
  birth_year: number | null;
  death_year: number | null;
  hometown: string;
  ethnicity: string;
  unit: string;
  honours: string;
  place: string;
  body: string;
  topic: string;
  credit: string;
  rights: string;
  date_precision: ExhibitTile['date']['precision'];
  date_start: string | null;
  date_end: string | null;
  cover_sha256: string | null;
  sort_order: number;
}

const TILE_COLUMNS = `e.id, e.uid, e.collection_id, c.slug, e.kind, e.status, e.sample, e.title, e.name, e.date_precision,
  e.date_start, e.date_end, e.cover_sha256, e.sort_order`;

/** Turns rows into tiles with one translation query and one media query for the whole page. */
export function toTiles(db: Database.Database, rows: readonly ExhibitRow[]): ExhibitTile[] {
  const tr = loadTranslations(db, 'exhibit', rows.map((r) => r.id));
  const media = loadMediaRefs(db, rows.flatMap((r) => (r.cover_sha256 ? [r.cover_sha256] : [])));
  return rows.map((r) => {
    const f = tr.get(String(r.id));
    return {
      id: r.id,
      collectionId: r.collection_id,
      kind: r.kind,
      status: r.status,
      title: localText(r.title, f, 'title'),
      name: localText(r.name, f, 'name'),
      date: { precision: r.date_precision, start: r.date_start, end: r.date_end },
      sample: r.sample === 1,
      cover: r.cover_sha256 ? (media.get(r.cover_sha256) ?? null) : null,
    };
  });
}

/** Splits a free-text honours or unit field into the values a filter chip offers. */
export function splitList(text: string): string[] {
  return text
    .split(/[;；、,，\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function filterSql(filters: ExhibitFilters): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filters.decade !== undefined) {
    parts.push('e.year BETWEEN @decade AND @decade + 9');
    params.decade = filters.decade;
  }
  if (filters.tag !== undefined) {
    parts.push('EXISTS (SELECT 1 FROM exhibit_tags t WHERE t.exhibit_id = e.id AND t.tag = @tag)');
    params.tag = filters.tag;
  }
  if (filters.honour !== undefined) {
    parts.push(`EXISTS (SELECT 1 FROM json_each(@honourList) h WHERE instr(e.honours, h.value) > 0)`);
    params.honourList = JSON.stringify([filters.honour]);
  }
  if (filters.unit !== undefined) {
    parts.push('instr(e.unit, @unit) > 0');
    params.unit = filters.unit;
  }
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', params };
}

const ORDER = {
  curated: 'e.sort_order, e.id',
  name: `CASE WHEN e.name = '' THEN e.title ELSE e.name END, e.id`,
  year: 'e.year IS NULL, e.year, e.date_start, e.sort_order, e.id',
} as const;

export function collectionId(db: Database.Database, slug: string, audience: Audience): number {
  const row = db
    .prepare<[string], { id: number; hidden: number }>('SELECT id, hidden FROM collections WHERE slug = ?')
    .get(slug);
  if (!row || (audience === 'visitor' && row.hidden === 1)) throw new ArchiveError('NOT_FOUND', `There is no collection "${slug}".`);
  return row.id;
}

export function listExhibits(
  db: Database.Database,
  q: { collection: string; offset: number; limit: number; sort: keyof typeof ORDER; filters: ExhibitFilters },
  audience: Audience,
): { total: number; items: ExhibitTile[] } {
  const cid = collectionId(db, q.collection, audience);
  const f = filterSql(q.filters);
  const where = `FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE e.collection_id = @cid AND ${visibleSql(audience)}${f.sql}`;
  const params = { ...f.params, cid };
  const total = (db.prepare(`SELECT count(*) AS n ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${TILE_COLUMNS} ${where} ORDER BY ${ORDER[q.sort]} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as ExhibitRow[];
  return { total, items: toTiles(db, rows) };
}

export function collectionFacets(db: Database.Database, slug: string, audience: Audience) {
  const cid = collectionId(db, slug, audience);
  const base = `FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE e.collection_id = ? AND ${visibleSql(audience)}`;
  const decades = db
    .prepare<[number], { value: number; count: number }>(`SELECT (e.year / 10) * 10 AS value, count(*) AS count ${base} AND e.year IS NOT NULL GROUP BY 1 ORDER BY 1`)
    .all(cid)
    .map((d) => ({ value: String(d.value), count: d.count }));
  const tags = db
    .prepare<[number], { value: string; count: number }>(
      `SELECT t.tag AS value, count(*) AS count FROM exhibit_tags t JOIN exhibits e ON e.id = t.exhibit_id JOIN collections c ON c.id = e.collection_id
       WHERE e.collection_id = ? AND ${visibleSql(audience)} GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT 50`,
    )
    .all(cid);
  const honours = new Map<string, number>();
  const units = new Map<string, number>();
  for (const r of db.prepare<[number], { honours: string; unit: string }>(`SELECT e.honours, e.unit ${base}`).iterate(cid)) {
    for (const h of new Set(splitList(r.honours))) honours.set(h, (honours.get(h) ?? 0) + 1);
    if (r.unit.trim()) units.set(r.unit.trim(), (units.get(r.unit.trim()) ?? 0) + 1);
  }
  const top = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 50).map(([value, count]) => ({ value, count }));
  return { decades, tags, honours: top(honours), units: top(units) };
}

type DetailCore = Omit<ExhibitDetail, 'related' | 'previousId' | 'nextId'>;

export function toDetails(db: Database.Database, rows: readonly ExhibitRow[]): DetailCore[] {
  const tiles = toTiles(db, rows);
  const tr = loadTranslations(db, 'exhibit', rows.map((r) => r.id));
  const links = db
    .prepare<[string], { exhibit_id: number; sha256: string }>(
      'SELECT exhibit_id, sha256 FROM exhibit_media WHERE exhibit_id IN (SELECT value FROM json_each(?)) ORDER BY exhibit_id, position',
    )
    .all(JSON.stringify(rows.map((r) => r.id)));
  const media = loadMediaRefs(db, links.map((l) => l.sha256));
  const tags = db
    .prepare<[string], { exhibit_id: number; tag: string }>('SELECT exhibit_id, tag FROM exhibit_tags WHERE exhibit_id IN (SELECT value FROM json_each(?)) ORDER BY tag')
    .all(JSON.stringify(rows.map((r) => r.id)));
  return rows.map((r, i) => {
    const f = tr.get(String(r.id));
    const text = Object.fromEntries(EXHIBIT_TEXT_FIELDS.map((k) => [k, localText(r[k], f, k)])) as Record<(typeof EXHIBIT_TEXT_FIELDS)[number], ExhibitDetail['title']>;
    return {
      ...(tiles[i] as ExhibitTile),
      ...text,
      uid: r.uid,
      collectionSlug: r.slug,
      birthYear: r.birth_year,
      deathYear: r.death_year,
      topic: r.topic,
      rights: r.rights,
      tags: tags.filter((t) => t.exhibit_id === r.id).map((t) => t.tag),
      media: links.filter((l) => l.exhibit_id === r.id).flatMap((l) => media.get(l.sha256) ?? []),
    };
  });
}

export function getExhibit(db: Database.Database, id: number, audience: Audience): ExhibitDetail {
  const row = db
    .prepare(`SELECT e.*, c.slug FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE e.id = ? AND ${visibleSql(audience)}`)
    .get(id) as ExhibitRow | undefined;
  if (!row) throw new ArchiveError('NOT_FOUND', `Exhibit ${id} is not available.`);
  const [detail] = toDetails(db, [row]) as [DetailCore];
  // Neighbours follow the gallery's curated order so a swipe moves exactly as the grid reads.
  const neighbour = (cmp: '<' | '>', dir: 'ASC' | 'DESC') =>
    (
      db
        .prepare(
          `SELECT e.id FROM exhibits e JOIN collections c ON c.id = e.collection_id
           WHERE e.collection_id = @cid AND ${visibleSql(audience)} AND (e.sort_order, e.id) ${cmp} (@so, @id)
           ORDER BY e.sort_order ${dir}, e.id ${dir} LIMIT 1`,
        )
        .get({ cid: row.collection_id, so: row.sort_order, id: row.id }) as { id: number } | undefined
    )?.id ?? null;
  const relatedRows = db
    .prepare(
      `SELECT ${TILE_COLUMNS}, (
         (SELECT count(*) FROM exhibit_tags a JOIN exhibit_tags b ON a.tag = b.tag WHERE a.exhibit_id = e.id AND b.exhibit_id = @id) * 2
         + (e.unit <> '' AND e.unit = @unit) * 3 + (e.collection_id = @cid)
       ) AS score
       FROM exhibits e JOIN collections c ON c.id = e.collection_id
       WHERE e.id <> @id AND ${visibleSql(audience)} AND e.kind <> 'panel'
       ORDER BY score DESC, abs(coalesce(e.year, 0) - coalesce(@year, 0)), e.id LIMIT 6`,
    )
    .all({ id: row.id, unit: row.unit, cid: row.collection_id, year: row.date_start ? Number(row.date_start.slice(0, 4)) : null }) as ExhibitRow[];
  return { ...detail, previousId: neighbour('<', 'DESC'), nextId: neighbour('>', 'ASC'), related: toTiles(db, relatedRows) };
}

export function timeline(db: Database.Database, audience: Audience): { events: DetailCore[]; panels: DetailCore[] } {
  const rows = db
    .prepare(
      `SELECT e.*, c.slug FROM exhibits e JOIN collections c ON c.id = e.collection_id
       WHERE c.layout = 'timeline' AND e.kind IN ('event','panel') AND ${visibleSql(audience)}
       ORDER BY e.kind, e.date_start IS NULL, e.date_start, e.sort_order, e.id`,
    )
    .all() as ExhibitRow[];
  const details = toDetails(db, rows);
  return { events: details.filter((d) => d.kind === 'event' && d.date.start !== null), panels: details.filter((d) => d.kind === 'panel' || d.date.start === null) };
}
