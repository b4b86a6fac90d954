import type Database from 'better-sqlite3';
import type { Lang } from '../api/contract';
import { recordChange } from '../audit/log';

export interface UiStringRow {
  lang: Lang;
  key: string;
  value: string;
  reviewed: boolean;
}

export function readUiString(db: Database.Database, lang: Lang, key: string): UiStringRow | null {
  const r = db.prepare<[string, string], { value: string; reviewed: number }>('SELECT value, reviewed FROM ui_string_overrides WHERE lang = ? AND key = ?').get(lang, key);
  return r ? { lang, key, value: r.value, reviewed: r.reviewed === 1 } : null;
}

/**
 * Confirms or corrects one string of the kiosk's own interface on every kiosk that shares this archive;
 * null returns it to the catalogue shipped with the app. Logged with before and after.
 */
export function writeUiString(db: Database.Database, lang: Lang, key: string, next: { value: string; reviewed: boolean } | null, actor: string): number | null {
  const before = readUiString(db, lang, key);
  if (next === null) {
    if (!before) return null;
    db.prepare('DELETE FROM ui_string_overrides WHERE lang = ? AND key = ?').run(lang, key);
  } else {
    if (before && before.value === next.value && before.reviewed === next.reviewed) return null;
    db.prepare(
      `INSERT INTO ui_string_overrides (lang, key, value, reviewed, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (lang, key) DO UPDATE SET value = excluded.value, reviewed = excluded.reviewed, updated_by = excluded.updated_by,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
    ).run(lang, key, next.value, next.reviewed ? 1 : 0, actor);
  }
  return recordChange(db, { actor, action: 'ui_string.update', entity: 'ui_string', entityId: `${lang}:${key}`, before, after: readUiString(db, lang, key) });
}
