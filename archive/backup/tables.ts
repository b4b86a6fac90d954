// Which tables a restore brings back, and in what order. Content is restored; history and people are not:
// the audit log keeps recording what happened (including the restore itself), visitor counts are not rolled
// back, curators keep their PINs and lockouts, and kiosk settings stay as they are. Search indexes and any
// other table kept up to date by triggers are left to those triggers, so they stay consistent by construction.
import type Database from 'better-sqlite3';

export const KEPT_ON_RESTORE = new Set(['audit_log', 'analytics_daily', 'curators', 'sign_in_throttle', 'settings']);

export interface TableSpec {
  name: string;
  columns: string[];
  pk: string[];
  /** False for tables without a declared key: they are matched by rowid. */
  keyed: boolean;
  parents: string[];
}

/** Tables a trigger writes into: FTS shadows, grams, counters. Restoring them by hand would fight the triggers. */
export function triggerMaintained(db: Database.Database): Set<string> {
  const out = new Set<string>();
  const triggers = db.prepare<[], { tbl_name: string; sql: string | null }>("SELECT tbl_name, sql FROM main.sqlite_master WHERE type = 'trigger'").all();
  for (const t of triggers) {
    const sql = (t.sql ?? '').replace(/--[^\n]*/g, '');
    for (const m of sql.matchAll(/\b(?:INSERT|REPLACE)\s+(?:OR\s+\w+\s+)?INTO\s+(?:main\.)?["`[]?(\w+)/gi)) out.add(m[1]!);
    for (const m of sql.matchAll(/\bUPDATE\s+(?:OR\s+\w+\s+)?(?:main\.)?["`[]?(\w+)/gi)) if (m[1]!.toLowerCase() !== t.tbl_name.toLowerCase()) out.add(m[1]!);
  }
  return out;
}

export function restorableTables(db: Database.Database): TableSpec[] {
  const list = db.pragma('main.table_list') as { schema: string; name: string; type: string }[];
  const derived = triggerMaintained(db);
  const names = list
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_') && !KEPT_ON_RESTORE.has(t.name) && !derived.has(t.name))
    .map((t) => t.name);
  const set = new Set(names);
  const specs = names.map((name): TableSpec => {
    const q = JSON.stringify(name);
    const xinfo = db.pragma(`main.table_xinfo(${q})`) as { name: string; hidden: number; pk: number }[];
    const columns = xinfo.filter((c) => c.hidden === 0).map((c) => c.name);
    const pk = xinfo.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const parents = (db.pragma(`main.foreign_key_list(${q})`) as { table: string }[]).map((f) => f.table).filter((p) => set.has(p) && p !== name);
    return { name, columns, pk: pk.length ? pk : ['rowid'], keyed: pk.length > 0, parents: [...new Set(parents)] };
  });
  return parentsFirst(specs);
}

/** Topological order (parents before children); a cycle keeps its tables in name order (foreign keys are deferred). */
export function parentsFirst(specs: readonly TableSpec[]): TableSpec[] {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const out: TableSpec[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (s: TableSpec) => {
    if (state.get(s.name)) return;
    state.set(s.name, 'visiting');
    for (const p of s.parents) {
      const ps = byName.get(p);
      if (ps && !state.get(p)) visit(ps);
    }
    state.set(s.name, 'done');
    out.push(s);
  };
  for (const s of [...specs].sort((a, b) => a.name.localeCompare(b.name))) visit(s);
  return out;
}
