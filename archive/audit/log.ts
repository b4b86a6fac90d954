import type Database from 'better-sqlite3';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string | number;
  before: unknown;
  after: unknown;
  revertsId?: number;
}

/** Appends one change to the audit log. Call inside the same transaction as the change itself. */
export function recordChange(db: Database.Database, e: AuditEntry): number {
  const info = db
    .prepare(
      `INSERT INTO audit_log (actor, action, entity, entity_id, before_json, after_json, reverts_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      e.actor,
      e.action,
      e.entity,
      String(e.entityId),
      e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
      e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
      e.revertsId ?? null,
    );
  return Number(info.lastInsertRowid);
}
