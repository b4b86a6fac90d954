import fs from 'node:fs';

/** Percentile by nearest rank over a copy of the samples (ms). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function summary(samples: readonly number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), max: percentile(samples, 100) };
}

export const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
export const fmtMB = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/**
 * The highest RSS of this process from now until stop(): what a kiosk's memory limit must cover. On Linux the
 * kernel keeps it (VmHWM), reset here through clear_refs, so a spike inside synchronous work counts: a timer
 * sampling RSS never runs during, say, a synchronous index build. The sampling runs as well, and is all there
 * is elsewhere; `from` says which the figure could rest on.
 */
export function peakRss(intervalMs = 20): { from: 'kernel' | 'sampled'; stop: () => number } {
  const kernel = resetHighWaterMark();
  let peak = process.memoryUsage.rss();
  const t = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  return {
    from: kernel ? 'kernel' : 'sampled',
    stop: () => {
      clearInterval(t);
      return Math.max(peak, process.memoryUsage.rss(), (kernel && highWaterMark()) || 0);
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

/** Prints a target line in one shape for every bench: the measured value, the target, and PASS/MISS. */
export function target(label: string, ok: boolean, detail: string): void {
  console.log(`  ${ok ? 'PASS' : 'MISS'}  ${label}: ${detail}`);
}
