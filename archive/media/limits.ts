import os from 'node:os';

/** Limits on what a curator may add. Chosen so a kiosk with 8 GiB decodes any accepted image safely. */
export const MEDIA_LIMITS = {
  maxBytes: 100 * 1024 * 1024,
  /** 100 megapixels: a 30000×30000 "decompression bomb" header is refused before any pixel is decoded. */
  maxPixels: 100_000_000,
  thumbSize: 384,
  screenSize: 1600,
  /**
   * The screen image may be this much smaller than screenSize when that lets a JPEG be decoded at a fraction of
   * its size (see jpeg-shrink.ts). Measured on five real photos in that size band, shown as the kiosk shows
   * them (viewer slide at most 1872×820 or 1032×1660, attract loop full-screen): 1500 px against 1600 px cost
   * SSIM 0.002–0.007, about what WebP quality 80→75 costs, and side by side at 2× no difference could be seen.
   * The zoomed viewer loads the original anyway.
   */
  screenMinSize: 1440,
} as const;

/**
 * WebP settings for the derivatives. Measured here on a 1600 px image (12 real photographs): effort 0 encodes
 * in ~37 ms, effort 1 in ~47 ms (5% smaller files), effort 2 in ~62 ms (12% smaller), effort 4 in ~140 ms
 * (15% smaller), at the same SSIM; smartSubsample costs ~5× the encode, and no preset is faster. A kiosk
 * shows these from local disk, so the encode time of a 1,000-photo import matters more than a few kilobytes.
 */
export const DERIVATIVE_WEBP = { quality: 80, effort: 0 } as const;

/**
 * How many images to prepare at once. libvips runs one thread per image here (sharp's default on glibc), so
 * one image per core keeps every core busy while each is decoding or encoding; one more fills the gaps while
 * an image waits on its file reads and fsyncs (~10% of its time). Measured on a busy machine (load average
 * 5–6, so part of the gain may be a larger share of the cores): 16.5 against 15.3 photos/s, medians of four
 * alternating runs of 200 photos, at the same CPU per photo. More would only hold more pixels in memory.
 */
export function prepareConcurrency(): number {
  return Math.max(1, Math.min(4, os.availableParallelism())) + 1;
}

export const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
