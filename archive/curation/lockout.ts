/** Wrong PINs allowed before any delay: a curator mistyping twice on a touchscreen should not wait. */
export const FREE_ATTEMPTS = 3;
export const FIRST_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 30 * 60_000;
/** A day without wrong PINs forgets the old ones. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

export interface ThrottleState {
  failures: number;
  lockedUntilMs: number;
  lastFailureMs: number;
}

export const FRESH: ThrottleState = { failures: 0, lockedUntilMs: 0, lastFailureMs: 0 };

/** How long sign-in stays closed after the n-th wrong PIN in a row: 0 for the first few, then doubling. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  const doublings = Math.min(failures - FREE_ATTEMPTS - 1, 20);
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

/** Milliseconds until the next attempt may be checked (0: now). */
export function waitBeforeAttempt(state: ThrottleState, nowMs: number): number {
  return Math.max(0, state.lockedUntilMs - nowMs);
}

export function afterFailure(state: ThrottleState, nowMs: number): ThrottleState {
  const failures = nowMs - state.lastFailureMs > FORGET_AFTER_MS ? 1 : state.failures + 1;
  return { failures, lockedUntilMs: nowMs + delayAfter(failures), lastFailureMs: nowMs };
}

export function afterSuccess(): ThrottleState {
  return FRESH;
}
