import type Database from 'better-sqlite3';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  reverts_id: number | null;
}

export function auditRow(db: Database.Database, id: number): AuditRow | undefined {
  return db.prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE id = ?').get(id);
}

export function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Sign-ins and sign-outs are logged for accountability but are not changes to anything. */
export const SESSION_ACTIONS = ['curator.sign-in', 'curator.sign-out', 'curator.sign-in-failed'] as const;

/** Whether an entry can be undone from the history screen, and why not when it cannot. Pure. */
export function revertibility(action: string): string | null {
  switch (action) {
    case 'exhibit.create':
    case 'exhibit.update':
    case 'exhibit.delete':
    case 'collection.create':
    case 'collection.update':
    case 'collection.delete':
    case 'collection.reorder':
    case 'exhibit.reorder':
    case 'settings.update':
    case 'media.add':
    case 'media.remove':
    case 'media.update':
    case 'ui_string.update':
    case 'translation.review':
      return null;
    case 'audit.revert':
      return 'Nothing changed here: the thing was already as the undone change had left it.';
    default:
      if (action.startsWith('curator.')) return 'Accounts and PINs are changed on the Curators page, not undone from the history.';
      if (action.startsWith('import.') || action.startsWith('backup.')) return 'Restore the backup taken before it instead (Import page).';
      if (action.startsWith('lint.')) return 'Waivers and allowed words are changed on the Content check page.';
      return 'This kind of change cannot be undone from here.';
  }
}
