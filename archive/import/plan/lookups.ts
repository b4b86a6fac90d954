// The archive facts a plan compares rows with, read in batches (a 60,000-row file is a dozen queries).
import type Database from 'better-sqlite3';
import type { RowMedia } from './merge';

export function lookupExisting(db: Database.Database, uids: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const stmt = db.prepare<[string], { id: number; uid: string }>('SELECT id, uid FROM exhibits WHERE uid IN (SELECT value FROM json_each(?))');
  for (let i = 0; i < uids.length; i += 5000) for (const r of stmt.iterate(JSON.stringify(uids.slice(i, i + 5000)))) out.set(r.uid, r.id);
  return out;
}

export function lookupPeople(db: Database.Database, names: readonly string[]): Map<string, { id: number; uid: string; birthYear: number | null }[]> {
  const out = new Map<string, { id: number; uid: string; birthYear: number | null }[]>();
  const stmt = db.prepare<[string], { id: number; uid: string; name: string; birth_year: number | null }>(
    `SELECT id, uid, name, birth_year FROM exhibits WHERE name IN (SELECT value FROM json_each(?))`,
  );
  const unique = [...new Set(names)];
  for (let i = 0; i < unique.length; i += 5000) {
    for (const r of stmt.iterate(JSON.stringify(unique.slice(i, i + 5000)))) out.set(r.name, [...(out.get(r.name) ?? []), { id: r.id, uid: r.uid, birthYear: r.birth_year }]);
  }
  return out;
}

export function mediaText(db: Database.Database, sha: string): { alt: string; caption: string } {
  return db.prepare<[string], { alt: string; caption: string }>('SELECT alt, caption FROM media WHERE sha256 = ?').get(sha) ?? { alt: '', caption: '' };
}

/** Photo text the archive already has is not sent again, so re-importing the same sheet changes nothing. */
export function withoutKnownText(db: Database.Database, m: RowMedia): RowMedia {
  const row = db.prepare<[string], { alt: string; caption: string; credit: string }>('SELECT alt, caption, credit FROM media WHERE sha256 = ?').get(m.sha256);
  if (!row) return m;
  return {
    sha256: m.sha256,
    ...(m.alt && m.alt !== row.alt ? { alt: m.alt } : {}),
    ...(m.caption && m.caption !== row.caption ? { caption: m.caption } : {}),
    ...(m.credit && m.credit !== row.credit ? { credit: m.credit } : {}),
  };
}

