import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { screenLongSide } from '../../../archive/media/jpeg-shrink';
import { MEDIA_LIMITS } from '../../../archive/media/limits';
import { mediaFilePath } from '../../../archive/media/paths';
import { prepareMedia } from '../../../archive/media/prepare';
import { makeTempDir } from '../../support/temp-dir';

// Real photographs (public domain / CC0, see SOURCE-AND-LICENSE.md): camera noise, greyscale, odd sizes.
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/photos');
const photos = fs.readdirSync(FIXTURES).filter((f) => /\.(jpg|png)$/.test(f)).sort();
const { dir: root, cleanup } = makeTempDir('hak-fixtures-');
afterAll(() => cleanup());

describe('real photographs go through the pipeline', () => {
  it('the fixtures are the published files', () => {
    const sums = fs.readFileSync(path.join(FIXTURES, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split(/\s+/)[1]).sort()).toEqual(photos);
  });

  it.each(photos)('%s', async (name) => {
    const file = path.join(FIXTURES, name);
    const meta = await sharp(file).metadata();
    const p = await prepareMedia(root, file, name, name);
    expect([p.width, p.height, p.ext]).toEqual([meta.width, meta.height, name.endsWith('.png') ? 'png' : 'jpg']);
    for (const d of p.derivatives) {
      const long = d.variant === 'thumb' ? Math.min(MEDIA_LIMITS.thumbSize, Math.max(meta.width!, meta.height!)) : screenLongSide(meta.width!, meta.height!, p.ext);
      expect(Math.max(d.width, d.height)).toBe(long);
      expect(Math.abs(d.width / d.height - meta.width! / meta.height!)).toBeLessThan(0.02);
      expect((await sharp(mediaFilePath(root, p.sha256, d.variant, 'webp')).metadata()).format).toBe('webp');
    }
  });
});
