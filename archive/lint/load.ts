import type Database from 'better-sqlite3';
import type { LintScope } from '../api/contract/lint-report';
import { EXHIBIT_TEXT_FIELDS } from '../content/exhibit-fields';

export type Lang = 'zh' | 'en' | 'mn';
export interface FieldText {
  field: string;
  lang: Lang;
  text: string;
}

export interface ExhibitForLint {
  id: number;
  uid: string;
  kind: string;
  status: string;
  label: string;
  name: string;
  title: string;
  birthYear: number | null;
  deathYear: number | null;
  dateStart: string | null;
  dateEnd: string | null;
  texts: FieldText[];
  media: string[];
}

export interface MediaForLint {
  sha256: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  texts: FieldText[];
  /** Every exhibit showing it, in the whole archive (a duplicate is a duplicate even outside the scope). */
  exhibits: number[];
}

export interface CollectionForLint {
  id: number;
  slug: string;
  texts: FieldText[];
}

function translationsOf(db: Database.Database, entity: string): Map<string, FieldText[]> {
  const out = new Map<string, FieldText[]>();
  for (const r of db.prepare<[string], { entity_id: string; field: string; lang: Lang; value: string }>('SELECT entity_id, field, lang, value FROM translations WHERE entity = ?').iterate(entity)) {
    const list = out.get(r.entity_id) ?? [];
    list.push({ field: r.field, lang: r.lang, text: r.value });
    out.set(r.entity_id, list);
  }
  return out;
}

/** Everything the check reads, in a handful of queries (a 60,000-exhibit archive is one pass, not 60,000). */
export function loadForLint(db: Database.Database, scope: LintScope = {}): { exhibits: ExhibitForLint[]; media: MediaForLint[]; collections: CollectionForLint[] } {
  const where = scope.exhibitIds ? 'WHERE e.id IN (SELECT value FROM json_each(@ids))' : scope.onlyPublished ? "WHERE e.status = 'published' AND e.hidden = 0" : '';
  const rows = db.prepare(`SELECT e.* FROM exhibits e ${where} ORDER BY e.id`).all(scope.exhibitIds ? { ids: JSON.stringify(scope.exhibitIds) } : {}) as Record<string, unknown>[];
  const tr = translationsOf(db, 'exhibit');
  const links = new Map<number, string[]>();
  const users = new Map<string, number[]>();
  for (const l of db.prepare<[], { exhibit_id: number; sha256: string }>('SELECT exhibit_id, sha256 FROM exhibit_media ORDER BY exhibit_id, position').iterate()) {
    links.set(l.exhibit_id, [...(links.get(l.exhibit_id) ?? []), l.sha256]);
    users.set(l.sha256, [...(users.get(l.sha256) ?? []), l.exhibit_id]);
  }
  const tags = new Map<number, string[]>();
  for (const t of db.prepare<[], { exhibit_id: number; tag: string }>('SELECT exhibit_id, tag FROM exhibit_tags').iterate()) tags.set(t.exhibit_id, [...(tags.get(t.exhibit_id) ?? []), t.tag]);

  const exhibits = rows.map((r): ExhibitForLint => {
    const id = r.id as number;
    const texts: FieldText[] = EXHIBIT_TEXT_FIELDS.map((f) => ({ field: f, lang: 'zh' as const, text: String(r[f] ?? '') })).filter((t) => t.text);
    texts.push(...(tr.get(String(id)) ?? []));
    for (const tag of tags.get(id) ?? []) texts.push({ field: 'tags', lang: 'zh', text: tag });
    const name = String(r.name ?? '');
    const title = String(r.title ?? '');
    return {
      id,
      uid: String(r.uid),
      kind: String(r.kind),
      status: String(r.status),
      label: name || title || String(r.uid),
      name,
      title,
      birthYear: (r.birth_year as number | null) ?? null,
      deathYear: (r.death_year as number | null) ?? null,
      dateStart: (r.date_start as string | null) ?? null,
      dateEnd: (r.date_end as string | null) ?? null,
      texts,
      media: links.get(id) ?? [],
    };
  });
  const wanted = new Set(exhibits.flatMap((e) => e.media));
  const mtr = translationsOf(db, 'media');
  const media = db
    .prepare<[], { sha256: string; width: number; height: number; alt: string; caption: string; credit: string }>('SELECT sha256, width, height, alt, caption, credit FROM media')
    .all()
    .filter((m) => wanted.has(m.sha256))
    .map((m) => ({
      sha256: m.sha256,
      width: m.width,
      height: m.height,
      alt: m.alt,
      caption: m.caption,
      texts: [
        ...(['alt', 'caption', 'credit'] as const).map((f) => ({ field: f, lang: 'zh' as const, text: m[f] })).filter((t) => t.text),
        ...(mtr.get(m.sha256) ?? []),
      ],
      exhibits: users.get(m.sha256) ?? [],
    }));
  const ctr = translationsOf(db, 'collection');
  const collections = scope.exhibitIds
    ? []
    : db
        .prepare<[], { id: number; slug: string; title: string; description: string }>('SELECT id, slug, title, description FROM collections')
        .all()
        .map((c) => ({
          id: c.id,
          slug: c.slug,
          texts: [
            ...(['title', 'description'] as const).map((f) => ({ field: f, lang: 'zh' as const, text: c[f] })).filter((t) => t.text),
            ...(ctr.get(String(c.id)) ?? []),
          ],
        }));
  return { exhibits, media, collections };
}
