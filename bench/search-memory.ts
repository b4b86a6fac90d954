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
