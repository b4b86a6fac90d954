// Brings the live tables to the attached backup's content row by row, inside the caller's transaction:
// rows only in the live database are deleted (children first), changed rows are updated in place, missing
// rows inserted (parents first). Ordinary writes fire the ordinary triggers, so search indexes follow, and the
// kiosk, reading through WAL, sees either the whole old archive or the whole restored one.
import type Database from 'better-sqlite3';
import type { TableSpec } from './tables';

const q = (id: string) => (id === 'rowid' ? 'rowid' : `"${id.replace(/"/g, '""')}"`);

export function diffRestore(db: Database.Database, tables: readonly TableSpec[], schema = 'b'): Record<string, number> {
  const changes: Record<string, number> = {};
  const add = (t: string, n: number) => {
    if (n > 0) changes[t] = (changes[t] ?? 0) + n;
  };
  for (const t of [...tables].reverse()) {
    const T = q(t.name);
    const key = t.pk.map((k) => `x.${q(k)} = main.${T}.${q(k)}`).join(' AND ');
    add(t.name, db.prepare(`DELETE FROM main.${T} WHERE NOT EXISTS (SELECT 1 FROM ${schema}.${T} x WHERE ${key})`).run().changes);
  }
  for (const t of tables) {
    const T = q(t.name);
    const key = t.pk.map((k) => `x.${q(k)} = main.${T}.${q(k)}`).join(' AND ');
    const rest = t.columns.filter((c) => !t.pk.includes(c));
    if (rest.length) {
      const same = rest.map((c) => `x.${q(c)} IS main.${T}.${q(c)}`).join(' AND ');
      const target = rest.length === 1 ? q(rest[0]!) : `(${rest.map(q).join(', ')})`;
      add(
        t.name,
        db.prepare(`UPDATE main.${T} SET ${target} = (SELECT ${rest.map((c) => `x.${q(c)}`).join(', ')} FROM ${schema}.${T} x WHERE ${key}) WHERE EXISTS (SELECT 1 FROM ${schema}.${T} x WHERE ${key} AND NOT (${same}))`).run().changes,
      );
    }
    const cols = t.keyed ? t.columns : ['rowid', ...t.columns];
    const missing = t.pk.map((k) => `m.${q(k)} = x.${q(k)}`).join(' AND ');
    add(t.name, db.prepare(`INSERT INTO main.${T} (${cols.map(q).join(', ')}) SELECT ${cols.map((c) => `x.${q(c)}`).join(', ')} FROM ${schema}.${T} x WHERE NOT EXISTS (SELECT 1 FROM main.${T} m WHERE ${missing})`).run().changes);
  }
  return changes;
}
