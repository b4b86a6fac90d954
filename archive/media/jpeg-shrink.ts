import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { RasterKind } from './sniff';
import { MEDIA_LIMITS } from './limits';

export type JpegShrink = 1 | 2 | 4 | 8;

/**
 * The scale (1/2, 1/4 or 1/8) at which libjpeg should decode a JPEG of this size for the screen image: the
 * strongest whose long side still reaches screenMinSize. At 1/2 libjpeg runs a 4×4 inverse DCT per block and
 * colour-converts a quarter of the pixels, and the 3000→1600 resample is gone; the entropy decoding stays, so
 * it is not 4× faster: ~26 ms of CPU instead of ~44 for a 3000×2000 photo (measured here). The screen image is
 * then 1500 px for that photo, which looks the same on the kiosk's screens (see screenMinSize in limits.ts).
 *
 * sharp never asks libjpeg for a 1/2 decode when the requested shrink is under 3 (pipeline.cc lowers it "for
 * known libjpeg rounding errors"), so for 3000→1600 it decodes every pixel unless told otherwise. When even
 * 1/8 leaves three screens' worth of pixels, sharp's own shrink-on-load applies and 1 is returned: the file
 * name trick below must never meet sharp's reload, which does not read options from the name.
 */
export function jpegShrinkFor(width: number, height: number): JpegShrink {
  const long = Math.max(width, height);
  for (const k of [8, 4, 2] as const) {
    const decoded = Math.ceil(long / k);
    if (decoded >= MEDIA_LIMITS.screenMinSize) return decoded < 3 * MEDIA_LIMITS.screenSize ? k : 1;
  }
  return 1;
}

/**
 * The name that makes libvips load `file` at 1/shrink: libvips reads load options from square brackets at the
 * end of a file name (it splits at the last "[", so brackets elsewhere in the path are harmless). sharp
 * exposes no such option for buffers, which is why the JPEG is decoded from a file.
 */
export function shrunkJpegInput(file: string, shrink: JpegShrink): string {
  return shrink === 1 ? file : `${file}[shrink=${shrink}]`;
}

/** The long side of the screen image for an original of this size and format (the rule the tests check). */
export function screenLongSide(width: number, height: number, ext: RasterKind): number {
  const long = Math.max(width, height);
  const shrink = ext === 'jpg' ? jpegShrinkFor(width, height) : 1;
  return Math.min(MEDIA_LIMITS.screenSize, Math.ceil(long / shrink));
}

let shrinkOnLoad: Promise<boolean> | null = null;

/**
 * Whether this libvips still reads load options from a file name, checked once per process on a small JPEG.
 * sharp does not document that path, so a sharp upgrade that dropped it must cost speed (full decodes, 1600 px
 * screen images as before), never refuse every large JPEG a curator adds.
 */
export function jpegShrinkOnLoadWorks(): Promise<boolean> {
  shrinkOnLoad ??= (async () => {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'honor-shrink-'));
    try {
      const file = path.join(dir, 'probe.jpg');
      await fs.promises.writeFile(file, await sharp({ create: { width: 64, height: 48, channels: 3, background: '#808080' } }).jpeg().toBuffer());
      const { info } = await sharp(shrunkJpegInput(file, 2)).raw().toBuffer({ resolveWithObject: true });
      return info.width === 32 && info.height === 24;
    } catch {
      return false;
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  })();
  return shrinkOnLoad;
}
