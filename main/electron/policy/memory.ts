export interface MemoryCheck {
  /** The renderer's working set, in kilobytes (Electron's ProcessMetric.memory.workingSetSize). */
  workingSetKb: number | null;
  ceilingMb: number;
  /** Seconds since the last touch or key anywhere on the machine (powerMonitor.getSystemIdleTime). */
  systemIdleSeconds: number;
  /** Idle long enough that the UI has gone back to its attract loop: nobody is in the middle of a visit. */
  betweenVisitorsSeconds: number;
  /** The curator workspace is open: unsaved work must never be reloaded away. */
  curatorOpen: boolean;
  now: number;
  lastReloadAt: number | null;
  /** No two memory reloads closer than this. */
  minGapMs: number;
}

/**
 * A renderer that slowly grows over days is reloaded cleanly, but only between visitors, never under
 * someone's finger and never over the curator workspace.
 */
export function shouldReloadForMemory(c: MemoryCheck): boolean {
  if (c.workingSetKb === null || !Number.isFinite(c.workingSetKb) || c.ceilingMb <= 0) return false;
  if (c.workingSetKb / 1024 < c.ceilingMb) return false;
  if (c.curatorOpen || c.systemIdleSeconds < c.betweenVisitorsSeconds) return false;
  return c.lastReloadAt === null || c.now - c.lastReloadAt >= c.minGapMs;
}

/** The curator workspace lives under /curator in the UI. */
export function isCuratorPath(pathname: string): boolean {
  return pathname === '/curator' || pathname.startsWith('/curator/');
}
