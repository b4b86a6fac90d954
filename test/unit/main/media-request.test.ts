import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Archive } from '../../../archive/archive';
import { resolveMedia } from '../../../archive/media/resolve';
import { answerMediaRequest, type MediaLookup } from '../../../main/electron/policy/media-request';
import { makeTempDir } from '../../support/temp-dir';
import { archiveWithOnePhoto } from './support/media-archive';

let tmp: ReturnType<typeof makeTempDir>;
let archive: Archive;
let sha: string;
let lookup: MediaLookup;

beforeAll(async () => {
  tmp = makeTempDir('hak-media-url-');
  ({ archive, sha256: sha } = await archiveWithOnePhoto(path.join(tmp.dir, 'archive')));
  lookup = (s, v) => resolveMedia(archive.root, archive.db, s, v);
});
afterAll(() => {
  archive.close();
  tmp.cleanup();
});

const GET = { method: 'GET' };

describe('media:// URL → stored file', () => {
  it('serves each variant of a stored photo, immutable, with its type from the database', () => {
    for (const variant of ['thumb', 'screen', 'original']) {
      const a = answerMediaRequest(`media://m/${sha}/${variant}`, GET, lookup);
      expect(a.status, variant).toBe(200);
      if (!('file' in a)) throw new Error('no file');
      expect(a.file.file.startsWith(fs.realpathSync(archive.root) + path.sep)).toBe(true);
      expect(a.plan.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(a.plan.headers['content-type']).toMatch(/^image\/(webp|avif|jpeg)$/);
      expect(Number(a.plan.headers['content-length'])).toBe(fs.statSync(a.file.file).size);
    }
  });

  it('answers a Range request with 206 and the exact slice, and a bad range with 416', () => {
    const a = answerMediaRequest(`media://m/${sha}/original`, { method: 'GET', range: 'bytes=10-19' }, lookup);
    expect(a.status).toBe(206);
    if (!('plan' in a)) throw new Error('no plan');
    expect(a.plan.range).toEqual({ start: 10, end: 19 });
    expect(a.plan.headers['content-range']).toBe(`bytes 10-19/${a.file.bytes}`);
    expect(a.plan.headers['content-length']).toBe('10');
    const tail = answerMediaRequest(`media://m/${sha}/original`, { method: 'GET', range: 'bytes=-5' }, lookup);
    if (!('plan' in tail)) throw new Error('no plan');
    expect(tail.status).toBe(206);
    expect(tail.plan.range).toEqual({ start: tail.file.bytes - 5, end: tail.file.bytes - 1 });
    for (const range of ['bytes=999999999-', 'bytes=5-2', 'bytes=abc', 'items=0-1', 'bytes=-0']) {
      expect(answerMediaRequest(`media://m/${sha}/original`, { method: 'GET', range }, lookup).status, range).toBe(416);
    }
  });

  it('answers 304 to a matching etag and sends no body for HEAD', () => {
    const first = answerMediaRequest(`media://m/${sha}/thumb`, GET, lookup);
    if (!('plan' in first)) throw new Error('no plan');
    expect(answerMediaRequest(`media://m/${sha}/thumb`, { method: 'GET', ifNoneMatch: first.plan.headers.etag ?? null }, lookup).status).toBe(304);
    const head = answerMediaRequest(`media://m/${sha}/thumb`, { method: 'HEAD' }, lookup);
    expect('plan' in head && head.plan.range).toBeNull();
  });

  it('refuses hostile URLs before any lookup', () => {
    const spy = vi.fn(lookup);
    const hostile = [
      `media://m/../../../../etc/passwd`,
      `media://m/${sha}/../../archive.db`,
      `media://m/%2e%2e/%2e%2e/etc/passwd`,
      `media://m/${sha}%2fthumb`,
      `media://m/${sha}%5cthumb`,
      `media://m/${sha}/thumb%00.png`,
      `media://m/${sha}/thumb\u0000`,
      `media://m//etc/passwd`,
      `media://m/etc/passwd`,
      `media://m/C:/Windows/win.ini`,
      `media://C:/Windows/win.ini`,
      `media://m/C:%5CWindows%5Cwin.ini`,
      `media://m/\\\\server\\share\\x.jpg`,
      `media://m/%5c%5cserver%5cshare%5cx.jpg`,
      `media://m/${sha.toUpperCase()}/thumb`,
      `media://m/${sha}/Thumb`,
      `media://m/${sha}/thumb/extra`,
      `media://m/${sha}/`,
      `media://m/${sha}`,
      `media://m/${sha}/thumb?x=1`,
      `media://m/${'a'.repeat(5000)}/thumb`,
      `media://m/${sha.slice(0, 63)}/thumb`,
      `media://evil/${sha}/thumb`,
      `media://m.evil/${sha}/thumb`,
      `media://x@m/${sha}/thumb`,
      `app://kiosk/${sha}/thumb`,
      `file:///${sha}/thumb`,
      42,
      null,
    ];
    for (const url of hostile) {
      const a = answerMediaRequest(url, GET, spy);
      expect([400, 404], String(url)).toContain(a.status);
    }
    // The only lookups that happened were for well-formed hash/variant pairs.
    for (const [s, v] of spy.mock.calls) {
      expect(s).toMatch(/^[0-9a-f]{64}$/);
      expect(['thumb', 'screen', 'original']).toContain(v);
    }
  });

  it('refuses other methods', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) expect(answerMediaRequest(`media://m/${sha}/thumb`, { method }, lookup).status).toBe(405);
  });

  it('returns 404 for an unknown hash and never serves a symlink that leads out of the store', () => {
    expect(answerMediaRequest(`media://m/${'0'.repeat(64)}/thumb`, GET, lookup).status).toBe(404);
    const served = answerMediaRequest(`media://m/${sha}/screen`, GET, lookup);
    if (!('file' in served)) throw new Error('no file');
    const outside = path.join(tmp.dir, 'secret.webp');
    fs.writeFileSync(outside, 'not for visitors');
    const stored = served.file.file;
    fs.renameSync(stored, `${stored}.bak`);
    fs.symlinkSync(outside, stored);
    try {
      expect(answerMediaRequest(`media://m/${sha}/screen`, GET, lookup).status).toBe(404);
    } finally {
      fs.rmSync(stored);
      fs.renameSync(`${stored}.bak`, stored);
    }
  });

  it('refuses a stored file whose type is not on the allow-list', () => {
    const fake: MediaLookup = () => ({ file: '/x', mime: 'text/html', bytes: 10 });
    expect(answerMediaRequest(`media://m/${sha}/original`, GET, fake).status).toBe(404);
    const svg: MediaLookup = () => ({ file: '/x', mime: 'image/svg+xml', bytes: 10 });
    expect(answerMediaRequest(`media://m/${sha}/original`, GET, svg).status).toBe(404);
  });
});
