/** Limits on what a curator may add. Chosen so a kiosk with 8 GiB decodes any accepted image safely. */
export const MEDIA_LIMITS = {
  maxBytes: 100 * 1024 * 1024,
  /** 100 megapixels: a 30000×30000 "decompression bomb" header is refused before any pixel is decoded. */
  maxPixels: 100_000_000,
  thumbSize: 384,
  screenSize: 1600,
} as const;
