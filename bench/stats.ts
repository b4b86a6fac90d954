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

/** Samples this process's RSS every few ms and reports the peak: what a kiosk's memory limit must cover. */
export function peakRss(intervalMs = 20): { stop: () => number } {
  let peak = process.memoryUsage.rss();
  const t = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(t);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

/** Prints a target line in one shape for every bench: the measured value, the target, and PASS/MISS. */
export function target(label: string, ok: boolean, detail: string): void {
  console.log(`  ${ok ? 'PASS' : 'MISS'}  ${label}: ${detail}`);
}
