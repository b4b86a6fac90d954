import { describe, expect, it } from 'vitest';
import { jpegShrinkFor, jpegShrinkOnLoadWorks, screenLongSide, shrunkJpegInput } from '../../../archive/media/jpeg-shrink';
import { MEDIA_LIMITS } from '../../../archive/media/limits';

describe('the screen size rule', () => {
  it.each([
    // [width, height, libjpeg scale, screen long side]
    [1200, 800, 1, 1200],
    [2400, 1600, 1, 1600],
    [2878, 1919, 1, 1600],
    [2879, 1919, 2, 1440],
    [2880, 1920, 2, 1440],
    [3000, 2000, 2, 1500],
    [2000, 3000, 2, 1500],
    [3088, 2056, 2, 1544],
    [3199, 2133, 2, 1600],
    [4032, 3024, 2, 1600],
    [5756, 3837, 2, 1600],
    [5757, 3838, 4, 1440],
    [5760, 3840, 4, 1440],
    [6000, 4000, 4, 1500],
    [12000, 8000, 8, 1500],
    [30000, 1000, 8, 1600],
  ])('a %i×%i JPEG is decoded at 1/%i and its screen image is %i px long', (w, h, shrink, long) => {
    expect(jpegShrinkFor(w, h)).toBe(shrink);
    expect(screenLongSide(w, h, 'jpg')).toBe(long);
  });

  it('never goes under screenMinSize, nor over screenSize', () => {
    for (let long = 1; long <= 20000; long += 7) {
      const side = screenLongSide(long, Math.ceil(long / 2), 'jpg');
      expect(side).toBeLessThanOrEqual(MEDIA_LIMITS.screenSize);
      expect(side).toBeGreaterThanOrEqual(Math.min(long, MEDIA_LIMITS.screenMinSize));
    }
  });

  it('leaves a panorama that even 1/8 keeps over three screens wide to sharp, which shrinks it on load itself', () => {
    expect(jpegShrinkFor(40000, 2500)).toBe(1);
    expect(screenLongSide(40000, 2500, 'jpg')).toBe(MEDIA_LIMITS.screenSize);
  });

  it('other formats are never decoded at reduced scale', () => {
    for (const ext of ['png', 'webp', 'tif', 'gif', 'avif'] as const) expect(screenLongSide(3000, 2000, ext)).toBe(MEDIA_LIMITS.screenSize);
  });

  it('asks libvips for the scale in the file name, and only when there is one', () => {
    expect(shrunkJpegInput('/a [1]/tmp/x.part', 2)).toBe('/a [1]/tmp/x.part[shrink=2]');
    expect(shrunkJpegInput('/a/tmp/x.part', 1)).toBe('/a/tmp/x.part');
  });
});

describe('the file-name load option sharp does not document', () => {
  it('works with the sharp this project installs (else large JPEGs fall back to a full decode)', async () => {
    expect(await jpegShrinkOnLoadWorks()).toBe(true);
  });
});
