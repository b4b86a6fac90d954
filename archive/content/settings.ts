import type Database from 'better-sqlite3';
import { KioskSettings } from '../api/contract';
import { recordChange } from '../audit/log';

export const DEFAULT_SETTINGS: KioskSettings = {
  idleSeconds: 60,
  countdownSeconds: 15,
  defaultLang: 'zh',
  attractCollections: [],
  openingHours: { open: '08:00', close: '18:00' },
};

/** Settings with defaults for anything unset or invalid, so a bad row can never stop a kiosk from starting. */
export function readSettings(db: Database.Database): KioskSettings {
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all();
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) {
    if (r.key in DEFAULT_SETTINGS) merged[r.key] = JSON.parse(r.value);
  }
  const parsed = KioskSettings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function writeSettings(db: Database.Database, patch: Partial<KioskSettings>, actor: string): KioskSettings {
  const before = readSettings(db);
  const next = KioskSettings.parse({ ...before, ...patch });
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [k, v] of Object.entries(next)) put.run(k, JSON.stringify(v));
  recordChange(db, { actor, action: 'settings.update', entity: 'settings', entityId: 'kiosk', before, after: next });
  return next;
}
