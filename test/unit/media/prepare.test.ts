import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MEDIA_LIMITS } from '../../../archive/media/limits';
import { mediaFilePath, tempDir } from '../../../archive/media/paths';
import { prepareMedia } from '../../../archive/media/prepare';
import { makeJpeg, makePng, pngHeaderOnly } from '../../support/images';
import { makeTempDir } from '../../support/temp-dir';

let root: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: root, cleanup } = makeTempDir('hak-prepare-'));
});
afterEach(() => cleanup());

/** Every file under the archive folder, relative: what a refused or failed prepare must not leave behind. */
function storedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

async function refusal(input: Buffer | string, label = '“photo.jpg”'): Promise<{ code: string; message: string }> {
  try {
    await prepareMedia(root, input, label);
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
  throw new Error('was accepted');
}

describe('prepareMedia stores the original and two WebP derivatives', () => {
  it('for a landscape JPEG: sizes, bytes, hash-named files', async () => {
    const jpeg = await makeJpeg(2400, 1600, 5);
    const p = await prepareMedia(root, jpeg, 'a.jpg', 'a.jpg');
    expect(p).toMatchObject({ ext: 'jpg', mime: 'image/jpeg', bytes: jpeg.length, width: 2400, height: 1600, originalName: 'a.jpg' });
    expect(p.derivatives).toEqual([
      { variant: 'thumb', mime: 'image/webp', width: MEDIA_LIMITS.thumbSize, height: 256, bytes: expect.any(Number) },
      { variant: 'screen', mime: 'image/webp', width: MEDIA_LIMITS.screenSize, height: 1067, bytes: expect.any(Number) },
    ]);
    expect(fs.readFileSync(mediaFilePath(root, p.sha256, 'original', 'jpg')).equals(jpeg)).toBe(true);
    for (const d of p.derivatives) {
      const file = fs.readFileSync(mediaFilePath(root, p.sha256, d.variant, 'webp'));
      expect(file.length).toBe(d.bytes);
      expect(await sharp(file).metadata()).toMatchObject({ format: 'webp', width: d.width, height: d.height });
    }
    expect(fs.readdirSync(tempDir(root))).toEqual([]);
  });

  it('never enlarges a small image', async () => {
    const p = await prepareMedia(root, await makePng(200, 120), 'small.png');
    expect(p.derivatives.map((d) => [d.width, d.height])).toEqual([
      [200, 120],
      [200, 120],
    ]);
  });

  it.each([
    ['PNG with transparency', () => sharp(makeJpegSync()).ensureAlpha(0.4).png().toBuffer(), 'png', true],
    ['16-bit PNG', () => sharp(makeJpegSync()).toColourspace('rgb16').png().toBuffer(), 'png', false],
    ['WebP', () => sharp(makeJpegSync()).webp().toBuffer(), 'webp', false],
    ['AVIF', () => sharp(makeJpegSync()).avif().toBuffer(), 'avif', false],
    ['TIFF', () => sharp(makeJpegSync()).tiff().toBuffer(), 'tif', false],
    ['CMYK JPEG (print scans)', () => sharp(makeJpegSync()).toColourspace('cmyk').jpeg().toBuffer(), 'jpg', false],
    ['greyscale JPEG', () => sharp(makeJpegSync()).toColourspace('b-w').jpeg().toBuffer(), 'jpg', false],
  ])('accepts %s and converts it to sRGB WebP', async (_what, make, ext, alpha) => {
    const p = await prepareMedia(root, await make(), 'x');
    expect(p.ext).toBe(ext);
    expect([p.width, p.height]).toEqual([600, 400]);
    const screen = await sharp(mediaFilePath(root, p.sha256, 'screen', 'webp')).metadata();
    expect(screen).toMatchObject({ format: 'webp', space: 'srgb', width: 600, height: 400, hasAlpha: alpha });
  });

  it('takes the first frame of an animated GIF', async () => {
    const frame = (c: string) => sharp({ create: { width: 300, height: 200, channels: 3, background: c } }).png().toBuffer();
    const gif = await sharp([await frame('#c8102e'), await frame('#2d4f8f'), await frame('#2f6b3a')], { join: { animated: true } })
      .gif({ delay: 100, loop: 0 })
      .toBuffer();
    expect((await sharp(gif, { animated: true }).metadata()).pages).toBe(3);
    const p = await prepareMedia(root, gif, 'anim.gif');
    expect([p.ext, p.width, p.height]).toEqual(['gif', 300, 200]);
    const { data } = await sharp(mediaFilePath(root, p.sha256, 'screen', 'webp')).raw().toBuffer({ resolveWithObject: true });
    // The picture is the first frame's red, not a later frame's blue or green.
    expect([data[0]! > 150, data[2]! < 100]).toEqual([true, true]);
  });
});

let cachedJpeg: Buffer;
function makeJpegSync(): Buffer {
  return cachedJpeg;
}
beforeEach(async () => {
  cachedJpeg ??= await makeJpeg(600, 400, 3);
});

describe('EXIF orientation and metadata', () => {
  it('rotates by EXIF orientation 6 and strips EXIF, GPS included, from the derivatives', async () => {
    const upright = await makeJpeg(900, 600, 9);
    const tagged = await sharp(upright)
      .withExif({ IFD0: { Make: 'SampleCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '42/1 16/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '118/1 53/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const source = await sharp(tagged).metadata();
    expect(source.orientation).toBe(6);
    expect(source.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer (tag 0x8825, little-endian)
    expect(tagged.includes('SampleCam')).toBe(true);

    const p = await prepareMedia(root, tagged, 'rotated.jpg');
    expect([p.width, p.height]).toEqual([600, 900]);
    for (const d of p.derivatives) {
      const file = fs.readFileSync(mediaFilePath(root, p.sha256, d.variant, 'webp'));
      const meta = await sharp(file).metadata();
      expect(meta.height).toBeGreaterThan(meta.width!);
      expect([meta.width, meta.height]).toEqual([d.width, d.height]);
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(file.includes('SampleCam')).toBe(false);
      expect(file.includes('EXIF')).toBe(false);
    }
    // The original is kept byte for byte: it is the archive's record.
    expect(fs.readFileSync(mediaFilePath(root, p.sha256, 'original', 'jpg')).equals(tagged)).toBe(true);
  });
});

describe('refusals: a specific code and message, and nothing written', () => {
  it.each([
    ['a zero-byte file', () => Buffer.alloc(0), 'MEDIA_EMPTY', '“photo.jpg” is empty (0 bytes). Copy it again from where it came from.'],
    [
      'an SVG with a script',
      () => Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>'),
      'MEDIA_SVG',
      '“photo.jpg” is an SVG drawing. Drawings can carry scripts and are never accepted; export it as PNG and add that instead.',
    ],
    ['a text file renamed .jpg', () => Buffer.from('赤峰市双拥工作\n'.repeat(40)), 'MEDIA_NOT_IMAGE', '“photo.jpg” is a text file, not an image, whatever its name says. Only JPEG, PNG, WebP, AVIF, TIFF or GIF images are accepted.'],
    ['an HTML page', () => Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), 'MEDIA_NOT_IMAGE', '“photo.jpg” is a web page (HTML), not an image. Only JPEG, PNG, WebP, AVIF, TIFF or GIF images are accepted.'],
    ['an executable', () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(200)]), 'MEDIA_NOT_IMAGE', '“photo.jpg” is a program, not an image. It was not added.'],
    [
      'a 30000×30000 PNG header (decompression bomb)',
      () => pngHeaderOnly(30000, 30000),
      'MEDIA_TOO_LARGE',
      '“photo.jpg” is 30000×30000 pixels (900 megapixels); the limit is 100 megapixels. Save a smaller copy and add that.',
    ],
  ])('%s', async (_what, make, code, message) => {
    expect(await refusal(make())).toEqual({ code, message });
    expect(storedFiles()).toEqual([]);
  });

  it('a truncated JPEG', async () => {
    const jpeg = await makeJpeg(800, 600, 3);
    expect(await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toEqual({
      code: 'MEDIA_CORRUPT',
      message: '“photo.jpg” is damaged or incomplete and cannot be read (VipsJpeg: premature end of JPEG image). Copy it again from the camera, scanner or original folder.',
    });
    expect(storedFiles()).toEqual([]);
  });

  it('a truncated PNG', async () => {
    const png = await makePng(800, 600, 3);
    const r = await refusal(png.subarray(0, Math.floor(png.length / 3)), '“scan.png”');
    expect(r.code).toBe('MEDIA_CORRUPT');
    expect(r.message).toMatch(/^“scan\.png” is damaged or incomplete and cannot be read \(.+\)\. Copy it again from the camera, scanner or original folder\.$/);
    expect(storedFiles()).toEqual([]);
  });

  it('a JPEG whose header is intact but whose data is garbage', async () => {
    const jpeg = await makeJpeg(400, 300, 2);
    const broken = Buffer.from(jpeg);
    broken.fill(0x00, 700, broken.length - 2);
    expect(await refusal(broken)).toEqual({
      code: 'MEDIA_CORRUPT',
      message: '“photo.jpg” is damaged or incomplete and cannot be read (VipsJpeg: Corrupt JPEG data: premature end of data segment). Copy it again from the camera, scanner or original folder.',
    });
    expect(storedFiles()).toEqual([]);
  });

  it('but accepts a JPEG with the stray bytes some cameras write between markers', async () => {
    const jpeg = await makeJpeg(400, 300, 2);
    const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    const stray = Buffer.concat([jpeg.subarray(0, sos), Buffer.from([1, 2, 3]), jpeg.subarray(sos)]);
    await expect(sharp(stray, { failOn: 'warning' }).raw().toBuffer()).rejects.toThrow(/extraneous bytes/);
    expect((await prepareMedia(root, stray, 'camera.jpg')).width).toBe(400);
  });

  it('a file over the size limit is refused from its size alone, before it is read', async () => {
    const big = path.join(root, 'huge.jpg');
    fs.writeFileSync(big, Buffer.from([0xff, 0xd8, 0xff]));
    fs.truncateSync(big, MEDIA_LIMITS.maxBytes + 1); // sparse: no 100 MB written
    expect(await refusal(big, '“huge.jpg”')).toEqual({ code: 'MEDIA_TOO_LARGE', message: '“huge.jpg” is 100 MB; the limit is 100 MB. Save a smaller copy and add that.' });
    fs.rmSync(big);
    expect(storedFiles()).toEqual([]);
  });

  it('a missing file and a folder', async () => {
    expect(await refusal(path.join(root, 'nope.jpg'), '“nope.jpg”')).toEqual({ code: 'MEDIA_MISSING', message: '“nope.jpg” was not found.' });
    fs.mkdirSync(path.join(root, 'album.jpg'));
    expect(await refusal(path.join(root, 'album.jpg'), '“album.jpg”')).toEqual({ code: 'MEDIA_NOT_IMAGE', message: '“album.jpg” is not a file.' });
  });
});

describe('atomic writes', () => {
  it('a write that fails part-way leaves no partial file and no temp file', async () => {
    const jpeg = await makeJpeg(640, 480, 4);
    const first = await prepareMedia(root, jpeg, 'a.jpg');
    fs.rmSync(path.join(root, 'media'), { recursive: true });
    fs.rmSync(path.join(root, 'derived'), { recursive: true });
    // A folder where the thumbnail must go makes its rename fail after its bytes were written.
    fs.mkdirSync(path.join(mediaFilePath(root, first.sha256, 'thumb', 'webp'), 'in-the-way'), { recursive: true });
    await expect(prepareMedia(root, jpeg, 'a.jpg')).rejects.toThrow();
    expect(fs.readdirSync(tempDir(root))).toEqual([]);
    // Whatever did land is complete: the original byte for byte, the screen image a whole WebP.
    const original = mediaFilePath(root, first.sha256, 'original', 'jpg');
    if (fs.existsSync(original)) expect(fs.readFileSync(original).equals(jpeg)).toBe(true);
    const screen = mediaFilePath(root, first.sha256, 'screen', 'webp');
    if (fs.existsSync(screen)) expect((await sharp(screen).metadata()).format).toBe('webp');
  });

  it('the same image prepared twice at once ends with one complete set of files', async () => {
    const jpeg = await makeJpeg(800, 600, 6);
    const [a, b] = await Promise.all([prepareMedia(root, jpeg, 'a.jpg'), prepareMedia(root, jpeg, 'b.jpg')]);
    expect(a.sha256).toBe(b.sha256);
    expect(storedFiles().filter((f) => !f.startsWith('tmp'))).toHaveLength(3);
    expect(fs.readdirSync(tempDir(root))).toEqual([]);
  });
});
