import type { SessionInfo } from '../api/contract';
import { recordChange } from '../audit/log';
import { ArchiveError } from '../errors';
import { actorOf } from './actor';
import { fieldProblem, fieldRefusal } from './field-errors';
import type { Curation } from './curation';
import { activeCurators, curatorById, curatorByName, setCuratorPin, type CuratorRow } from './curators';
import { readCuratorIdleMinutes } from './idle-setting';
import { FREE_ATTEMPTS, afterFailure, afterSuccess, waitBeforeAttempt } from './lockout';
import { decoyHash, verifyPin } from './pin-hash';
import { readThrottle, writeThrottle } from './throttle-store';

export function sessionInfo(c: Curation, key: string): SessionInfo {
  const s = c.sessions.get(key);
  return {
    signedIn: s !== null,
    curator: s ? { id: s.curatorId, name: s.name, role: s.role } : null,
    preview: s?.preview ?? false,
    mustChangePin: s?.mustChangePin ?? false,
    idleMinutes: readCuratorIdleMinutes(c.archive.db),
    endedBecause: s ? null : c.sessions.endedBecause(key),
  };
}

function lockedError(waitMs: number): ArchiveError {
  const seconds = Math.ceil(waitMs / 1000);
  return new ArchiveError('SIGN_IN_LOCKED', `Too many wrong PINs. Sign-in is closed for ${seconds} more second${seconds === 1 ? '' : 's'}.`, { retryAfterSeconds: seconds });
}

/**
 * Checks a PIN (with or without a name) and opens a session for the transport's key. Wrong PINs are counted
 * for the whole archive and close sign-in for a growing time; every attempt is logged, never the PIN.
 */
export function signIn(c: Curation, key: string, input: { name?: string | undefined; pin: string }): Promise<SessionInfo> {
  return c.serial(async () => {
    const { db } = c.archive;
    const wait = waitBeforeAttempt(readThrottle(db), c.now());
    if (wait > 0) throw lockedError(wait);

    const name = input.name?.trim() || undefined;
    const candidates: CuratorRow[] = name ? [curatorByName(db, name)].filter((r): r is CuratorRow => !!r && r.disabled === 0) : activeCurators(db);
    if (candidates.length === 0 && !name && (db.prepare('SELECT count(*) AS n FROM curators').get() as { n: number }).n === 0) {
      throw new ArchiveError('NO_CURATORS', 'No curator has been set up on this archive yet. Create the first one with: npm run archive -- curator add --admin --archive <folder>');
    }
    const matches: CuratorRow[] = [];
    for (const row of candidates) if (await verifyPin(input.pin, row.pin_hash)) matches.push(row);
    // An unknown name costs the same time as a wrong PIN, so names cannot be probed.
    if (candidates.length === 0) await verifyPin(input.pin, await decoyHash());

    if (matches.length === 0) {
      const next = afterFailure(readThrottle(db), c.now());
      db.transaction(() => {
        writeThrottle(db, next);
        recordChange(db, { actor: 'sign-in', action: 'curator.sign-in-failed', entity: 'curator', entityId: name ?? '', before: null, after: { name: name ?? null, failures: next.failures } });
      })();
      const left = Math.max(0, FREE_ATTEMPTS - next.failures);
      const delay = waitBeforeAttempt(next, c.now());
      throw new ArchiveError(
        'WRONG_PIN',
        delay > 0
          ? `That PIN is not right. Sign-in is closed for ${Math.ceil(delay / 1000)} seconds.`
          : `That PIN is not right.${left > 0 ? ` ${left} more attempt${left === 1 ? '' : 's'} before sign-in pauses.` : ''}`,
        { attemptsLeft: left, retryAfterSeconds: Math.ceil(delay / 1000) },
      );
    }
    if (matches.length > 1) {
      throw new ArchiveError('NAME_NEEDED', 'More than one curator uses this PIN. Enter your name as well.');
    }
    const row = matches[0]!;
    db.transaction(() => {
      writeThrottle(db, afterSuccess());
      db.prepare(`UPDATE curators SET last_sign_in_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(row.id);
      recordChange(db, { actor: actorOf(row), action: 'curator.sign-in', entity: 'curator', entityId: row.id, before: null, after: null });
    })();
    c.sessions.open(key, { curatorId: row.id, name: row.name, role: row.role, mustChangePin: row.must_change_pin === 1 });
    return sessionInfo(c, key);
  });
}

export function signOut(c: Curation, key: string): SessionInfo {
  const s = c.sessions.get(key);
  if (s) {
    recordChange(c.archive.db, { actor: actorOf({ id: s.curatorId, name: s.name }), action: 'curator.sign-out', entity: 'curator', entityId: s.curatorId, before: null, after: null });
    c.sessions.end(key, 'signed-out');
  }
  return sessionInfo(c, key);
}

/** Lets a signed-in curator replace their own PIN, proving they know the current one (wrong guesses are throttled too). */
export function changeOwnPin(c: Curation, key: string, currentPin: string, newPin: string): Promise<SessionInfo> {
  return c.serial(async () => {
    const { db } = c.archive;
    const s = c.sessions.get(key);
    if (!s) throw new ArchiveError('UNAUTHORISED', 'Sign in with your curator PIN first.');
    const wait = waitBeforeAttempt(readThrottle(db), c.now());
    if (wait > 0) throw lockedError(wait);
    const row = curatorById(db, s.curatorId);
    if (!row || !(await verifyPin(currentPin, row.pin_hash))) {
      writeThrottle(db, afterFailure(readThrottle(db), c.now()));
      throw fieldRefusal('currentPin', fieldProblem('pin-wrong', 'The current PIN is not right.'), 'WRONG_PIN');
    }
    if (currentPin === newPin) throw fieldRefusal('newPin', fieldProblem('pin-unchanged', 'Choose a PIN different from the current one.'), 'PIN_UNCHANGED');
    await setCuratorPin(db, s.curatorId, newPin, false, actorOf({ id: s.curatorId, name: s.name }), 'newPin');
    c.sessions.update(key, { mustChangePin: false });
    c.sessions.endFor(s.curatorId, 'account-changed', key);
    return sessionInfo(c, key);
  });
}
