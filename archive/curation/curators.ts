import type Database from 'better-sqlite3';
import type { CuratorRole, CuratorSummary } from '../api/contract';
import { recordChange } from '../audit/log';
import { ArchiveError } from '../errors';
import { hashPin } from './pin-hash';
import { fieldProblem, fieldRefusal } from './field-errors';
import { PIN_FIELD_PROBLEM, PIN_MAX_LENGTH, PIN_MIN_LENGTH, PIN_PROBLEM_MESSAGES, pinProblem } from './pin-policy';

export interface CuratorRow {
  id: number;
  name: string;
  role: CuratorRole;
  pin_hash: string;
  must_change_pin: number;
  disabled: number;
  created_at: string;
  last_sign_in_at: string | null;
}

export function toSummary(r: CuratorRow): CuratorSummary {
  return { id: r.id, name: r.name, role: r.role, disabled: r.disabled === 1, mustChangePin: r.must_change_pin === 1, createdAt: r.created_at, lastSignInAt: r.last_sign_in_at };
}

/** What the audit log keeps of a curator: never the PIN hash. */
function snapshot(r: CuratorRow | undefined) {
  return r ? { name: r.name, role: r.role, disabled: r.disabled === 1, mustChangePin: r.must_change_pin === 1 } : null;
}

export function curatorById(db: Database.Database, id: number): CuratorRow | undefined {
  return db.prepare<[number], CuratorRow>('SELECT * FROM curators WHERE id = ?').get(id);
}

export function curatorByName(db: Database.Database, name: string): CuratorRow | undefined {
  return db.prepare<[string], CuratorRow>('SELECT * FROM curators WHERE name = ? COLLATE NOCASE').get(name.trim());
}

export function activeCurators(db: Database.Database): CuratorRow[] {
  return db.prepare<[], CuratorRow>('SELECT * FROM curators WHERE disabled = 0 ORDER BY id').all();
}

export function listCurators(db: Database.Database): CuratorSummary[] {
  return db.prepare<[], CuratorRow>('SELECT * FROM curators ORDER BY disabled, name').all().map(toSummary);
}

export function checkNewPin(pin: string, field = 'pin'): void {
  const problem = pinProblem(pin);
  if (problem) throw fieldRefusal(field, fieldProblem(PIN_FIELD_PROBLEM[problem], PIN_PROBLEM_MESSAGES[problem], { min: PIN_MIN_LENGTH, max: PIN_MAX_LENGTH }), problem);
}

function checkName(db: Database.Database, name: string, exceptId?: number): string {
  const clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!clean || clean.length > 60) throw fieldRefusal('name', fieldProblem('curator-name-length', 'A curator name is 1 to 60 characters.', { max: 60 }));
  const other = curatorByName(db, clean);
  if (other && other.id !== exceptId) throw fieldRefusal('name', fieldProblem('curator-name-taken', `There is already a curator called "${clean}".`, { name: clean }), 'NAME_TAKEN');
  return clean;
}

export interface NewCurator {
  name: string;
  role: CuratorRole;
  pin: string;
  /** False only when the person typed the PIN themselves (the CLI bootstrap). */
  mustChangePin: boolean;
}

/** Adds a curator. The PIN is hashed before the (synchronous) write, so the write can join a transaction. */
export async function addCurator(db: Database.Database, c: NewCurator, actor: string, opts: { skipPolicy?: boolean } = {}): Promise<CuratorSummary> {
  checkName(db, c.name);
  if (!opts.skipPolicy) checkNewPin(c.pin);
  const hash = await hashPin(c.pin);
  return db.transaction(() => {
    const name = checkName(db, c.name);
    const id = Number(
      db.prepare('INSERT INTO curators (name, role, pin_hash, must_change_pin) VALUES (?, ?, ?, ?)').run(name, c.role, hash, c.mustChangePin ? 1 : 0).lastInsertRowid,
    );
    const row = curatorById(db, id)!;
    recordChange(db, { actor, action: 'curator.add', entity: 'curator', entityId: id, before: null, after: snapshot(row) });
    return toSummary(row);
  })();
}

function otherActiveAdmins(db: Database.Database, id: number): number {
  return (db.prepare<[number], { n: number }>(`SELECT count(*) AS n FROM curators WHERE role = 'admin' AND disabled = 0 AND id <> ?`).get(id) as { n: number }).n;
}

export function updateCurator(db: Database.Database, id: number, patch: { name?: string; role?: CuratorRole; disabled?: boolean }, actor: string): CuratorSummary {
  return db.transaction(() => {
    const before = curatorById(db, id);
    if (!before) throw new ArchiveError('NOT_FOUND', `Curator ${id} does not exist.`);
    const name = patch.name === undefined ? before.name : checkName(db, patch.name, id);
    const role = patch.role ?? before.role;
    const disabled = patch.disabled === undefined ? before.disabled === 1 : patch.disabled;
    const staysAdmin = role === 'admin' && !disabled;
    if (before.role === 'admin' && before.disabled === 0 && !staysAdmin && otherActiveAdmins(db, id) === 0) {
      throw new ArchiveError('LAST_ADMIN', `${before.name} is the only administrator; make someone else an administrator first.`);
    }
    db.prepare(`UPDATE curators SET name = ?, role = ?, disabled = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(name, role, disabled ? 1 : 0, id);
    const after = curatorById(db, id)!;
    recordChange(db, { actor, action: 'curator.update', entity: 'curator', entityId: id, before: snapshot(before), after: snapshot(after) });
    return toSummary(after);
  })();
}

/** Replaces a PIN; `mustChange` when someone other than its owner chose it. */
export async function setCuratorPin(db: Database.Database, id: number, pin: string, mustChange: boolean, actor: string, field = 'pin'): Promise<CuratorSummary> {
  checkNewPin(pin, field);
  const hash = await hashPin(pin);
  return db.transaction(() => {
    const before = curatorById(db, id);
    if (!before) throw new ArchiveError('NOT_FOUND', `Curator ${id} does not exist.`);
    db.prepare(`UPDATE curators SET pin_hash = ?, must_change_pin = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(hash, mustChange ? 1 : 0, id);
    const after = curatorById(db, id)!;
    recordChange(db, { actor, action: mustChange ? 'curator.pin-reset' : 'curator.pin-change', entity: 'curator', entityId: id, before: snapshot(before), after: snapshot(after) });
    return toSummary(after);
  })();
}
