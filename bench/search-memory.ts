import fs from 'node:fs';

/** What search-rss.ts reports from its fresh process (bytes, ms). */
export interface CleanRss {
  exhibits: number;
  buildMs: number;
  /** RSS with the archive open, before the build. */
  before: number;
  /** The highest RSS from the start of the build to the settled reading: what a memory limit must cover. */
  peak: number;
  /** How peak was found: the kernel's high-water mark, or sampling (which misses a synchronous build). */
  peakFrom: 'kernel' | 'sampled';
  right: number;
  /** After a full GC and a second: what the kiosk lives with. */
  settled: number;
  heapUsed: number;
  heapTotal: number;
  arrayBuffers: number;
}

/**
 * The highest RSS of this process from now until stop(). On Linux the kernel keeps it (VmHWM), reset here
 * through clear_refs, so a spike inside synchronous work counts; a timer sampling RSS never runs during a
 * synchronous index build and would report the figure after it instead. Elsewhere it falls back to that
 * sampling, and says so.
 */
export function peakTracker(intervalMs = 20): { from: 'kernel' | 'sampled'; stop: () => number } {
  if (resetHighWaterMark()) {
    return { from: 'kernel', stop: () => Math.max(highWaterMark() ?? 0, process.memoryUsage.rss()) };
  }
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), intervalMs);
  return {
    from: 'sampled',
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

function resetHighWaterMark(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return highWaterMark() !== null;
  } catch {
    return false;
  }
}

function highWaterMark(): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}
