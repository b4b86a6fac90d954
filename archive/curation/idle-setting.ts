import type Database from 'better-sqlite3';
import { CURATOR_IDLE_MINUTES } from '../api/contract';
import { recordChange } from '../audit/log';

// Kept in the settings table beside the kiosk's own settings; readSettings ignores keys it does not know.
const KEY = 'curator.idleMinutes';

export function readCuratorIdleMinutes(db: Database.Database): number {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(KEY);
  const n = row ? Number(JSON.parse(row.value)) : NaN;
  return Number.isInteger(n) && n >= CURATOR_IDLE_MINUTES.min && n <= CURATOR_IDLE_MINUTES.max ? n : CURATOR_IDLE_MINUTES.default;
}

export function writeCuratorIdleMinutes(db: Database.Database, minutes: number, actor: string): void {
  const before = readCuratorIdleMinutes(db);
  if (before === minutes) return;
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(minutes));
  recordChange(db, { actor, action: 'settings.update', entity: 'settings', entityId: 'curator', before: { curatorIdleMinutes: before }, after: { curatorIdleMinutes: minutes } });
}
