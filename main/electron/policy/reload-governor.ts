export type IncidentKind = 'render-process-gone' | 'unresponsive' | 'did-fail-load' | 'gpu-process-gone' | 'preload-error';

export interface GovernorOptions {
  /** Reloads allowed within `windowMs` before the recovery screen takes over. */
  maxReloads: number;
  windowMs: number;
  /** First wait on the recovery screen before it tries again; doubles on each failure, up to `maxRetryMs`. */
  firstRetryMs: number;
  maxRetryMs: number;
  /** A page that stays up this long after loading counts as healed: the count and the wait start over. */
  healthyAfterMs: number;
}

export const DEFAULT_GOVERNOR: GovernorOptions = {
  maxReloads: 3,
  windowMs: 5 * 60_000,
  firstRetryMs: 30_000,
  maxRetryMs: 10 * 60_000,
  healthyAfterMs: 2 * 60_000,
};

export type GovernorAction = { do: 'reload' } | { do: 'recover'; retryAt: number } | { do: 'ignore' };

/**
 * Decides what a crash, hang or failed load leads to: a quiet reload, capped (3 in 5 minutes by default),
 * then a calm recovery screen that retries on its own with a growing wait. A kiosk must never loop reloads
 * as fast as it crashes, and must never stay down for good. All time comes in as arguments: a fake clock
 * drives it in tests.
 */
export class ReloadGovernor {
  private reloads: number[] = [];
  private retryMs: number;
  private recovering = false;
  /** Set by a retry from the recovery screen: the next failure goes straight back to it, waiting longer. */
  private probation = false;
  private loadedAt: number | null = null;

  constructor(private readonly opts: GovernorOptions = DEFAULT_GOVERNOR) {
    this.retryMs = opts.firstRetryMs;
  }

  get inRecovery(): boolean {
    return this.recovering;
  }

  incident(_kind: IncidentKind, now: number): GovernorAction {
    this.loadedAt = null;
    if (this.recovering) return { do: 'ignore' };
    if (this.probation) {
      this.recovering = true;
      return { do: 'recover', retryAt: now + this.retryMs };
    }
    this.reloads = this.reloads.filter((t) => now - t < this.opts.windowMs && t <= now);
    if (this.reloads.length < this.opts.maxReloads) {
      this.reloads.push(now);
      return { do: 'reload' };
    }
    this.recovering = true;
    return { do: 'recover', retryAt: now + this.retryMs };
  }

  /** The recovery screen's timer fired: try the UI again, and wait longer next time if it fails. */
  retry(_now: number): { do: 'reload' } {
    if (this.recovering) this.retryMs = Math.min(this.opts.maxRetryMs, this.retryMs * 2);
    this.recovering = false;
    this.probation = true;
    return { do: 'reload' };
  }

  /** The UI finished loading. */
  loaded(now: number): void {
    this.loadedAt = now;
  }

  /** Called on a periodic check: after a long enough healthy stretch, forget past incidents. */
  checkHealthy(now: number): boolean {
    if (this.loadedAt === null || this.recovering || now - this.loadedAt < this.opts.healthyAfterMs) return false;
    this.reloads = [];
    this.probation = false;
    this.retryMs = this.opts.firstRetryMs;
    return true;
  }
}
