import type Database from 'better-sqlite3';
import { WorkspaceSettings, type FieldError } from '../api/contract';
import { readSettings, writeSettings } from '../content/settings';
import { fieldErrors, fieldProblem, fieldRefusal } from './field-errors';
import { readCuratorIdleMinutes, writeCuratorIdleMinutes } from './idle-setting';

export function readWorkspaceSettings(db: Database.Database): WorkspaceSettings {
  return { kiosk: readSettings(db), curatorIdleMinutes: readCuratorIdleMinutes(db) };
}

/** Opening hours are a span within one day; a kiosk that never opens is a mistake worth stopping. */
export function hoursProblem(open: string, close: string): FieldError | null {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  if (minutes(open) >= 24 * 60 || minutes(close) > 24 * 60 || Number(open.slice(3)) > 59 || Number(close.slice(3)) > 59) return fieldProblem('hours-form', 'Times are written HH:MM, from 00:00 to 24:00.');
  if (minutes(close) <= minutes(open)) return fieldProblem('hours-order', 'Closing time must be after opening time.');
  return null;
}

/**
 * The form arrives as it was typed (the contract only checks it is an object), so every limit is reported
 * beside its own field in the curator's words rather than as one refusal of the whole call.
 */
export function saveWorkspaceSettings(db: Database.Database, form: unknown, actor: string): WorkspaceSettings {
  const parsed = WorkspaceSettings.strict().safeParse(form);
  if (!parsed.success) throw fieldErrors('settings', parsed.error);
  const next = parsed.data;
  const problem = hoursProblem(next.kiosk.openingHours.open, next.kiosk.openingHours.close);
  if (problem) throw fieldRefusal('kiosk.openingHours', problem);
  const known = new Set(db.prepare<[], { slug: string }>('SELECT slug FROM collections').all().map((r) => r.slug));
  const unknown = next.kiosk.attractCollections.filter((s) => !known.has(s));
  if (unknown.length) throw fieldRefusal('kiosk.attractCollections', fieldProblem('collection-unknown', `There is no collection "${unknown[0]}".`, { slug: unknown[0]! }));
  db.transaction(() => {
    const current = readSettings(db);
    if (JSON.stringify(current) !== JSON.stringify(next.kiosk)) writeSettings(db, next.kiosk, actor);
    writeCuratorIdleMinutes(db, next.curatorIdleMinutes, actor);
  })();
  return readWorkspaceSettings(db);
}
