// Large JPEGs are decoded at reduced scale from a temp copy of the original (archive/media/jpeg-shrink.ts):
// the sizes recorded are the sizes stored, the picture is the right one, and the temp copy never lingers.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/archive';
import { loadMediaRefs } from '../../../archive/content/media-refs';
import { MEDIA_LIMITS } from '../../../archive/media/limits';
import { mediaFilePath, tempDir } from '../../../archive/media/paths';
import { prepareMedia, type PreparedMedia } from '../../../archive/media/prepare';
import { registerMedia } from '../../../archive/media/register';
import { viewerItems } from '../../../renderer/src/screens/exhibit/viewer-items';
import { makeJpeg } from '../../support/images';
import { makeTempDir } from '../../support/temp-dir';

let big: Buffer;
beforeAll(async () => {
  big = await makeJpeg(3000, 2000, 11);
});

let root: string;
let cleanup: () => void;
beforeEach(() => {
  // Brackets, a space and Chinese in the archive's path: libvips reads load options only from the name's last
  // "[…]", and a kiosk's archive may well sit in a folder named in Chinese.
  ({ dir: root, cleanup } = makeTempDir('hak-shrink [1] 荣誉档案 '));
});
afterEach(() => cleanup());

function sizes(p: PreparedMedia): Record<string, [number, number]> {
  return Object.fromEntries(p.derivatives.map((d) => [d.variant, [d.width, d.height]]));
}

async function storedMatchesRecord(p: PreparedMedia): Promise<void> {
  for (const d of p.derivatives) {
    const file = fs.readFileSync(mediaFilePath(root, p.sha256, d.variant, 'webp'));
    expect(file.length).toBe(d.bytes);
    expect(await sharp(file).metadata()).toMatchObject({ format: 'webp', width: d.width, height: d.height });
  }
}

const leftovers = () => (fs.existsSync(tempDir(root)) ? fs.readdirSync(tempDir(root)) : []);

describe('a 3000×2000 JPEG', () => {
  it('gets a 1500×1000 screen image (a 1/2 decode) and a 384 px thumbnail; the original is kept byte for byte', async () => {
    const p = await prepareMedia(root, big, 'big.jpg', 'big.jpg');
    expect([p.width, p.height]).toEqual([3000, 2000]);
    expect(sizes(p)).toEqual({ thumb: [MEDIA_LIMITS.thumbSize, 256], screen: [1500, 1000] });
    await storedMatchesRecord(p);
    expect(fs.readFileSync(mediaFilePath(root, p.sha256, 'original', 'jpg')).equals(big)).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('shows the same picture as a full decode scaled to that size', async () => {
    const p = await prepareMedia(root, big, 'big.jpg');
    const screen = await sharp(mediaFilePath(root, p.sha256, 'screen', 'webp')).raw().toBuffer();
    const full = await sharp(big).resize(1500, 1000).raw().toBuffer();
    let diff = 0;
    for (let i = 0; i < full.length; i++) diff += Math.abs(full[i]! - screen[i]!);
    // Noise-heavy test image and a WebP at quality 80: ~4 levels apart on average; another picture is ~23.
    expect(diff / full.length).toBeLessThan(8);
  });

  it('turned by EXIF orientation 6: upright, metadata stripped, sizes swapped', async () => {
    const tagged = await sharp(big).withExif({ IFD0: { Make: 'SampleCam' } }).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const p = await prepareMedia(root, tagged, 'rotated.jpg');
    expect([p.width, p.height]).toEqual([2000, 3000]);
    expect(sizes(p)).toEqual({ thumb: [256, MEDIA_LIMITS.thumbSize], screen: [1000, 1500] });
    await storedMatchesRecord(p);
    for (const d of p.derivatives) {
      const file = fs.readFileSync(mediaFilePath(root, p.sha256, d.variant, 'webp'));
      const meta = await sharp(file).metadata();
      expect([meta.exif, meta.orientation]).toEqual([undefined, undefined]);
      expect(file.includes('SampleCam')).toBe(false);
    }
    expect(leftovers()).toEqual([]);
  });

  it('as a PNG keeps the full 1600 px: only JPEG decodes at reduced scale', async () => {
    const p = await prepareMedia(root, await sharp(big).png({ compressionLevel: 1 }).toBuffer(), 'big.png');
    expect(sizes(p)).toEqual({ thumb: [MEDIA_LIMITS.thumbSize, 256], screen: [1600, 1067] });
  });

  it('the screen width reaches the record and the viewer offers it at its real width', async () => {
    const archive = openArchive(path.join(root, 'archive'), { create: true });
    try {
      const p = await prepareMedia(archive.root, big, 'big.jpg', 'big.jpg');
      registerMedia(archive.db, p, {}, 'test');
      const ref = loadMediaRefs(archive.db, [p.sha256]).get(p.sha256)!;
      expect([ref.width, ref.screen, ref.thumb]).toEqual([3000, { width: 1500, height: 1000 }, { width: 384, height: 256 }]);
      const [item] = viewerItems([ref], (sha, v) => `/media/${sha}/${v}`, () => '');
      expect(item!.srcset).toBe(`/media/${p.sha256}/screen 1500w, /media/${p.sha256}/original 3000w`);
    } finally {
      archive.close();
    }
  });
});

describe('larger JPEGs', () => {
  it('a 3400×2267 JPEG is decoded at 1/2 and scaled to the full 1600 px', async () => {
    const p = await prepareMedia(root, await makeJpeg(3400, 2267, 12), 'x.jpg');
    const [w, h] = sizes(p).screen!;
    // 1700×1134 after the 1/2 decode: the height rounds from there, within a pixel of 2267 × 1600 / 3400.
    expect([w, Math.abs(h - 1067) <= 1]).toEqual([1600, true]);
    await storedMatchesRecord(p);
  });
});

describe('the temp copy used for decoding', () => {
  it('is removed when the JPEG turns out to be damaged, and nothing is stored', async () => {
    const r = await prepareMedia(root, big.subarray(0, Math.floor(big.length / 2)), '“cut.jpg”').catch((e: { code: string; message: string }) => e);
    expect(r).toMatchObject({ code: 'MEDIA_CORRUPT', message: expect.stringMatching(/^“cut\.jpg” is damaged or incomplete and cannot be read \(.*premature end/) });
    expect(fs.readdirSync(root).filter((f) => f !== 'tmp')).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('accepts the stray bytes some cameras write between markers, as the in-memory decode does', async () => {
    const sos = big.indexOf(Buffer.from([0xff, 0xda]));
    const stray = Buffer.concat([big.subarray(0, sos), Buffer.from([1, 2, 3]), big.subarray(sos)]);
    expect(sizes(await prepareMedia(root, stray, 'camera.jpg')).screen).toEqual([1500, 1000]);
    expect(leftovers()).toEqual([]);
  });

  it('is dropped when the original is already stored, and two imports of the same photo at once end with one set', async () => {
    const first = await prepareMedia(root, big, 'a.jpg');
    const again = await prepareMedia(root, big, 'a.jpg');
    const [x, y] = await Promise.all([prepareMedia(root, big, 'b.jpg'), prepareMedia(root, big, 'c.jpg')]);
    expect(new Set([first.sha256, again.sha256, x.sha256, y.sha256]).size).toBe(1);
    expect(fs.readFileSync(mediaFilePath(root, first.sha256, 'original', 'jpg')).equals(big)).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
