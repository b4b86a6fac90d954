import type Database from 'better-sqlite3';
import type { ChangeEntry } from '../api/contract';
import { SESSION_ACTIONS, auditRow, parseJson, revertibility, type AuditRow } from './audit-row';
import { ArchiveError } from '../errors';

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'zh' in v && typeof (v as { zh: unknown }).zh === 'string') return (v as { zh: string }).zh;
  return '';
}

/** A short human name for what an entry changed, taken from its own snapshots. Pure. */
export function entryLabel(entity: string, entityId: string, before: unknown, after: unknown): string {
  const o = ((after ?? before) ?? {}) as Record<string, unknown>;
  switch (entity) {
    case 'exhibit':
      return text(o.name) || text(o.title) || `#${entityId}`;
    case 'collection':
      return text(o.title) || `#${entityId}`;
    case 'media': {
      const row = (o.row ?? o) as Record<string, unknown>;
      return text(row.caption) || text(row.alt) || (typeof row.original_name === 'string' && row.original_name) || `${entityId.slice(0, 10)}…`;
    }
    case 'curator':
      return (typeof o.name === 'string' && o.name) || entityId || '?';
    case 'exhibit-order':
      return entityId;
    default:
      return entityId;
  }
}

/** Which top-level fields differ between two snapshots. Pure. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (Array.isArray(before) || Array.isArray(after)) return ['order'];
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  if (before === null || after === null) return [];
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k])).sort();
}

function toEntry(db: Database.Database, r: AuditRow): ChangeEntry {
  const before = parseJson(r.before_json);
  const after = parseJson(r.after_json);
  const revertedBy = db.prepare<[number], { id: number }>('SELECT id FROM audit_log WHERE reverts_id = ? ORDER BY id LIMIT 1').get(r.id)?.id ?? null;
  const why = revertibility(r.action);
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    label: entryLabel(r.entity, r.entity_id, before, after),
    fields: changedFields(before, after),
    reverts: r.reverts_id,
    revertedBy,
    revertible: why === null && revertedBy === null,
    notRevertibleBecause: why ?? (revertedBy !== null ? `Already undone by change ${revertedBy}.` : null),
  };
}

export function listChanges(
  db: Database.Database,
  q: { entity?: string | undefined; entityId?: string | undefined; offset: number; limit: number; includeSessions?: boolean },
): { total: number; entries: ChangeEntry[] } {
  const parts = ['1'];
  const params: Record<string, unknown> = { sessions: JSON.stringify(SESSION_ACTIONS), limit: q.limit, offset: q.offset };
  if (!q.includeSessions) parts.push('action NOT IN (SELECT value FROM json_each(@sessions))');
  if (q.entity) {
    parts.push('entity = @entity');
    params.entity = q.entity;
  }
  if (q.entityId) {
    parts.push('entity_id = @entityId');
    params.entityId = q.entityId;
  }
  const where = parts.join(' AND ');
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log WHERE ${where}`).get(params) as { n: number }).n;
  const rows = db.prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params) as AuditRow[];
  return { total, entries: rows.map((r) => toEntry(db, r)) };
}

export function getChange(db: Database.Database, id: number): { entry: ChangeEntry; before: unknown; after: unknown } {
  const r = auditRow(db, id);
  if (!r) throw new ArchiveError('NOT_FOUND', `There is no change number ${id} in the history.`);
  return { entry: toEntry(db, r), before: parseJson(r.before_json), after: parseJson(r.after_json) };
}
