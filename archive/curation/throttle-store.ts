import type Database from 'better-sqlite3';
import { FRESH, type ThrottleState } from './lockout';

/**
 * One throttle for the whole archive, not one per name: a kiosk has one touchscreen, and a per-name
 * counter would let someone guess each curator's PIN in turn.
 */
export const SIGN_IN_SCOPE = 'sign-in';

export function readThrottle(db: Database.Database, scope = SIGN_IN_SCOPE): ThrottleState {
  const row = db
    .prepare<[string], ThrottleState>('SELECT failures, locked_until_ms AS lockedUntilMs, last_failure_ms AS lastFailureMs FROM sign_in_throttle WHERE scope = ?')
    .get(scope);
  return row ?? FRESH;
}

export function writeThrottle(db: Database.Database, state: ThrottleState, scope = SIGN_IN_SCOPE): void {
  db.prepare(
    `INSERT INTO sign_in_throttle (scope, failures, locked_until_ms, last_failure_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (scope) DO UPDATE SET failures = excluded.failures, locked_until_ms = excluded.locked_until_ms, last_failure_ms = excluded.last_failure_ms`,
  ).run(scope, state.failures, state.lockedUntilMs, state.lastFailureMs);
}
