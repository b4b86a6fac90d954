export type IdlePhase = { kind: 'active'; msToWarning: number } | { kind: 'warning'; secondsLeft: number; msToNextTick: number } | { kind: 'expired' };

/**
 * Where a kiosk is in its idle cycle: active until `idleMs` without a touch, then a countdown of `countdownMs`,
 * then expired (reset for the next visitor). A clock that jumps backwards, or garbage settings, count as
 * activity rather than resetting a visitor mid-visit.
 */
export function idlePhase(now: number, lastActivity: number, idleMs: number, countdownMs: number): IdlePhase {
  const idle = Number.isFinite(idleMs) && idleMs > 0 ? idleMs : 60_000;
  const countdown = Number.isFinite(countdownMs) && countdownMs > 0 ? countdownMs : 15_000;
  const elapsed = now - lastActivity;
  if (!Number.isFinite(elapsed) || elapsed < idle) return { kind: 'active', msToWarning: Number.isFinite(elapsed) ? idle - Math.max(0, elapsed) : idle };
  const left = idle + countdown - elapsed;
  if (left <= 0) return { kind: 'expired' };
  const secondsLeft = Math.ceil(left / 1000);
  return { kind: 'warning', secondsLeft, msToNextTick: left - (secondsLeft - 1) * 1000 };
}
