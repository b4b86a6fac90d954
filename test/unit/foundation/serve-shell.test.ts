import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareMedia } from '../../../archive/media/prepare';
import { registerMedia } from '../../../archive/media/register';
import { createArchiveService, type ArchiveService } from '../../../archive/service';
import { createServeShell, listen } from '../../../main/serve/server';
import { makeJpeg } from '../../support/images';
import { makeTempDir } from '../../support/temp-dir';

let base: string;
let service: ArchiveService;
let sha: string;
let close: () => Promise<void>;
let cleanup: () => void;

beforeAll(async () => {
  const t = makeTempDir();
  cleanup = t.cleanup;
  const ui = path.join(t.dir, 'ui');
  fs.mkdirSync(path.join(ui, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>kiosk</title>');
  fs.writeFileSync(path.join(ui, 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), 'outside the UI folder');
  service = createArchiveService(path.join(t.dir, 'archive'), { create: true });
  const prepared = await prepareMedia(service.archive.root, await makeJpeg(640, 480), 'photo.jpg');
  registerMedia(service.archive.db, prepared, {}, 'test');
  sha = prepared.sha256;
  const server = createServeShell({ archive: service.archive, dispatch: service.dispatch, uiDir: ui, host: '127.0.0.1', port: 0, log: () => {} });
  base = await listen(server, '127.0.0.1', 0);
  close = () => new Promise((r) => server.close(() => r()));
});
afterAll(async () => {
  await close();
  service.close();
  cleanup();
});

const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(`api/${method}`, base), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('serve shell API routes', () => {
  it('answers contract methods with envelopes and sets an HttpOnly session cookie', async () => {
    const res = await post('getKioskInfo', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^hak_sid=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(await res.json()).toMatchObject({ ok: true, value: { title: { zh: '荣誉档案馆' } } });
  });

  it('refuses calls from another origin', async () => {
    const res = await post('getKioskInfo', {}, { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('refuses non-JSON bodies, broken JSON and GET', async () => {
    expect((await fetch(new URL('api/getKioskInfo', base), { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await post('getKioskInfo', '{"unclosed')).status).toBe(400);
    expect((await fetch(new URL('api/getKioskInfo', base))).status).toBe(405);
  });

  it('refuses a body over the limit without buffering it', async () => {
    const res = await post('getKioskInfo', JSON.stringify({ q: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.status).toBe(413);
  });

  it('answers unknown methods with 404', async () => {
    expect((await post('dropAllTables', {})).status).toBe(404);
    expect((await post('list%2FCollections', {})).status).toBe(404);
  });
});

describe('serve shell media route', () => {
  it('serves a stored image by hash with immutable caching', async () => {
    const res = await fetch(new URL(`media/${sha}/thumb`, base));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers Range requests with 206 and 416', async () => {
    const part = await fetch(new URL(`media/${sha}/original`, base), { headers: { range: 'bytes=0-9' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toMatch(/^bytes 0-9\/\d+$/);
    expect((await part.arrayBuffer()).byteLength).toBe(10);
    const bad = await fetch(new URL(`media/${sha}/original`, base), { headers: { range: 'bytes=999999999-' } });
    expect(bad.status).toBe(416);
  });

  // SHA / UPPER are replaced with the stored image's hash at run time (it is not known when tests are collected).
  it.each([
    `media/${'0'.repeat(64)}/thumb`,
    'media/SHA/..%2f..%2farchive.db',
    'media/..%2F..%2Farchive.db/original',
    'media/UPPER/thumb',
    'media/SHA/original%00.png',
    'media/SHA/THUMB',
    'media/SHA/thumb/extra',
  ])('returns 404 for %s', async (p) => {
    const url = p.replace('SHA', sha).replace('UPPER', sha.toUpperCase());
    expect((await fetch(`${base}${url}`)).status).toBe(404);
  });
});

describe('serve shell static UI', () => {
  it('serves index.html with a strict CSP for app routes', async () => {
    const res = await fetch(new URL('gallery/heroes', base));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>kiosk</title>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('caches hashed assets forever and index.html never', async () => {
    expect((await fetch(new URL('assets/index-AbCdEf12.js', base))).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(new URL('index.html', base))).headers.get('cache-control')).toBe('no-cache');
  });

  it.each(['../secret.txt', '..%2fsecret.txt', '%2e%2e/secret.txt', 'assets/..%2f..%2fsecret.txt', '..\\secret.txt'])('never serves a file outside the UI folder for %s', async (p) => {
    const res = await fetch(`${base}${p}`);
    expect(await res.text()).not.toContain('outside the UI folder');
  });
});
