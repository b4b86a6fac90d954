import type Database from 'better-sqlite3';
import type { ExhibitListItem } from '../api/contract';
import { EXHIBIT_TEXT_FIELDS } from '../content/exhibit-fields';
import { loadMediaRefs } from '../content/media-refs';
import { loadTranslations, localText } from '../content/translations';

interface Row {
  id: number;
  uid: string;
  slug: string;
  kind: ExhibitListItem['kind'];
  status: ExhibitListItem['status'];
  hidden: number;
  sample: number;
  sort_order: number;
  title: string;
  name: string;
  cover_sha256: string | null;
  updated_at: string;
  photos: number;
  [field: string]: unknown;
}

const STATUS_SQL = {
  all: '1',
  draft: `e.status = 'draft'`,
  published: `e.status = 'published' AND e.hidden = 0`,
  hidden: 'e.hidden = 1',
} as const;

/** Every exhibit a curator may edit (drafts and hidden ones too), with what the list needs to show. */
export function listCuratorExhibits(
  db: Database.Database,
  q: { collection?: string | undefined; q: string; status: keyof typeof STATUS_SQL; offset: number; limit: number },
): { total: number; items: ExhibitListItem[] } {
  const parts: string[] = [STATUS_SQL[q.status]];
  const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
  if (q.collection) {
    parts.push('c.slug = @collection');
    params.collection = q.collection;
  }
  const needle = q.q.trim();
  if (needle) {
    parts.push(`(instr(e.name, @q) > 0 OR instr(e.title, @q) > 0 OR instr(e.uid, @q) > 0 OR instr(e.unit, @q) > 0 OR instr(e.hometown, @q) > 0
      OR EXISTS (SELECT 1 FROM translations t WHERE t.entity = 'exhibit' AND t.entity_id = CAST(e.id AS TEXT) AND t.field IN ('name','title') AND instr(lower(t.value), lower(@q)) > 0))`);
    params.q = needle;
  }
  const from = `FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE ${parts.join(' AND ')}`;
  const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT e.*, c.slug, (SELECT count(*) FROM exhibit_media m WHERE m.exhibit_id = e.id) AS photos ${from}
       ORDER BY c.sort_order, c.id, e.sort_order, e.id LIMIT @limit OFFSET @offset`,
    )
    .all(params) as Row[];
  const tr = loadTranslations(db, 'exhibit', rows.map((r) => r.id));
  const media = loadMediaRefs(db, rows.flatMap((r) => (r.cover_sha256 ? [r.cover_sha256] : [])));
  return {
    total,
    items: rows.map((r) => {
      const f = tr.get(String(r.id));
      const missing = EXHIBIT_TEXT_FIELDS.filter((k) => String(r[k] ?? '').trim() && !(f?.get(k)?.mn && f?.get(k)?.en)).length;
      return {
        id: r.id,
        uid: r.uid,
        collection: r.slug,
        kind: r.kind,
        status: r.status,
        hidden: r.hidden === 1,
        sample: r.sample === 1,
        sortOrder: r.sort_order,
        title: localText(r.title, f, 'title'),
        name: localText(r.name, f, 'name'),
        cover: r.cover_sha256 ? (media.get(r.cover_sha256) ?? null) : null,
        photoCount: r.photos,
        missingTranslations: missing,
        updatedAt: r.updated_at,
      };
    }),
  };
}
