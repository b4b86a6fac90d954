import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stagingDir } from '../../../archive/curation/staging';
import { makeJpeg, pngHeaderOnly } from '../../support/images';
import { ADMIN_PIN, CURATOR_PIN, addPhoto, makeHarness, seedCurators, uploadFile, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = makeHarness();
  await seedCurators(h);
  await h.ok('curatorLogin', { pin: CURATOR_PIN });
});
afterEach(() => h.cleanup());

describe('staged photo uploads', () => {
  it('stores a photo sent in chunks, with both derivatives, and logs who added it', async () => {
    const jpeg = await makeJpeg(2000, 1400, 7, 97);
    expect(jpeg.length).toBeGreaterThan(512 * 1024);
    const sha = await addPhoto(h, jpeg, '王大山 1951.jpg');
    const media = await h.ok<{ width: number; thumb: { width: number } }>('getMedia', { sha256: sha });
    expect(media).toMatchObject({ width: 2000, height: 1400 });
    expect(media.thumb.width).toBeLessThanOrEqual(400);
    expect(h.archive.db.prepare(`SELECT actor, action FROM audit_log WHERE entity = 'media' AND entity_id = ?`).get(sha)).toMatchObject({ actor: expect.stringMatching(/^curator:\d+:小林$/), action: 'media.add' });
    // The staged file is gone once the photo is stored.
    expect(fs.readdirSync(stagingDir(h.archive.root))).toEqual([]);
  });

  it.each([
    ['an SVG drawing', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.jpg', 'MEDIA_SVG', '“logo.jpg” is an SVG drawing.'],
    ['a text file renamed .jpg', Buffer.from('这不是照片，只是文字。\n'.repeat(20)), 'photo.jpg', 'MEDIA_NOT_IMAGE', '“photo.jpg” is a text file, not an image'],
    ['an empty file', Buffer.alloc(0), 'empty.png', 'MEDIA_EMPTY', '“empty.png” is empty (0 bytes).'],
    ['a decompression bomb', pngHeaderOnly(30000, 30000), 'huge.png', 'MEDIA_TOO_LARGE', '“huge.png” is 30000×30000 pixels'],
  ])('refuses %s with the pipeline’s own message', async (_what, bytes, name, code, message) => {
    const uploadId = await uploadFile(h, bytes, name);
    const r = await h.call('addPhoto', { uploadId });
    expect(r).toMatchObject({ ok: false, error: { code } });
    if (!r.ok) expect(r.error.message).toContain(message);
    expect((h.archive.db.prepare('SELECT count(*) AS n FROM media').get() as { n: number }).n).toBe(0);
  });

  it('refuses a truncated JPEG as damaged', async () => {
    const jpeg = await makeJpeg(800, 600, 3);
    const uploadId = await uploadFile(h, jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'cut.jpg');
    expect(await h.call('addPhoto', { uploadId })).toMatchObject({ ok: false, error: { code: 'MEDIA_CORRUPT' } });
  });

  it('accepts a retried chunk once and refuses gaps, overruns and unfinished files', async () => {
    const bytes = await makeJpeg(300, 200, 1);
    const { uploadId } = await h.ok<{ uploadId: string }>('uploadBegin', { name: 'a.jpg', size: bytes.length });
    const first = bytes.subarray(0, 1000).toString('base64');
    await h.ok('uploadChunk', { uploadId, offset: 0, data: first });
    expect(await h.ok('uploadChunk', { uploadId, offset: 0, data: first })).toEqual({ received: 1000, complete: false });
    expect(await h.call('uploadChunk', { uploadId, offset: 2000, data: first })).toMatchObject({ ok: false, error: { code: 'UPLOAD_OUT_OF_ORDER' } });
    expect(await h.call('addPhoto', { uploadId })).toMatchObject({ ok: false, error: { code: 'UPLOAD_INCOMPLETE' } });
    await h.ok('uploadChunk', { uploadId, offset: 1000, data: bytes.subarray(1000).toString('base64') });
    expect(await h.call('uploadChunk', { uploadId, offset: bytes.length, data: 'AAAA' })).toMatchObject({ ok: false, error: { code: 'UPLOAD_TOO_LONG' } });
    expect(await h.call('addPhoto', { uploadId })).toMatchObject({ ok: true });
  });

  it('keeps each curator’s uploads their own', async () => {
    const uploadId = await uploadFile(h, await makeJpeg(200, 200, 2), 'mine.jpg');
    await h.ok('curatorLogin', { pin: ADMIN_PIN }, 'other');
    expect(await h.call('addPhoto', { uploadId }, 'other')).toMatchObject({ ok: false, error: { code: 'UPLOAD_UNKNOWN' } });
  });

  it.each([[{ uploadId: '../../etc/passwd' }], [{ uploadId: 'a/b' }], [{ uploadId: 'x'.repeat(200) }]])('refuses a hostile upload id %j at the contract', async (input) => {
    expect(await h.call('addPhoto', input)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('never uses the announced file name as a path', async () => {
    const uploadId = await uploadFile(h, await makeJpeg(200, 200, 4), '../../../outside.jpg');
    await h.ok('addPhoto', { uploadId });
    expect(fs.existsSync(`${h.archive.root}/../../../outside.jpg`)).toBe(false);
  });
});
