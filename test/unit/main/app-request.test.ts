import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAppRequest, appSecurityHeaders, kioskCsp } from '../../../main/electron/policy/app-request';
import { isShellPage, shellPageHtml } from '../../../main/electron/policy/shell-page';
import { makeTempDir } from '../../support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let ui: string;

beforeAll(() => {
  tmp = makeTempDir('hak-app-url-');
  ui = path.join(tmp.dir, 'renderer');
  fs.mkdirSync(path.join(ui, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>kiosk</title>');
  fs.writeFileSync(path.join(ui, 'assets', 'index-AbCd1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tmp.dir, 'secret.txt'), 'outside the UI');
  fs.symlinkSync(path.join(tmp.dir, 'secret.txt'), path.join(ui, 'assets', 'link.txt'));
});
afterAll(() => tmp.cleanup());

const GET = { method: 'GET' };
const served = (url: string) => {
  const a = answerAppRequest(url, GET, ui);
  return 'file' in a ? path.relative(ui, a.file.path) : a.status;
};

describe('app:// URL → UI file', () => {
  it('serves built files, hashed assets immutable and index.html revalidated', () => {
    const asset = answerAppRequest('app://kiosk/assets/index-AbCd1234.js', GET, ui);
    expect('plan' in asset && asset.plan.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect('plan' in asset && asset.plan.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const index = answerAppRequest('app://kiosk/', GET, ui);
    expect('plan' in index && index.plan.headers['cache-control']).toBe('no-cache');
  });

  it('falls back to index.html for app routes and for every traversal attempt, never reading outside', () => {
    for (const p of ['/curator', '/gallery/heroes', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/link.txt', '/C:/Windows/win.ini', '/%5c%5cserver%5cshare', '/' + 'x'.repeat(1500)]) {
      expect(served(`app://kiosk${p}`), p).toBe('index.html');
    }
  });

  it('refuses null bytes and broken percent-encoding outright', () => {
    for (const p of ['/%00', '/index.html%00.js', '/%E0%A4%A', '/%']) expect(served(`app://kiosk${p}`), p).toBe(400);
  });

  it('refuses other hosts, schemes and methods', () => {
    for (const url of ['app://evil/', 'app://kiosk.evil/index.html', 'app://evil@kiosk/', 'file:///etc/passwd', 'media://m/x', 42]) expect(served(url as string), String(url)).toBe(400);
    expect(answerAppRequest('app://kiosk/', { method: 'POST' }, ui).status).toBe(405);
  });

  it('says the UI is not built when the folder is empty', () => {
    const empty = path.join(tmp.dir, 'empty');
    fs.mkdirSync(empty, { recursive: true });
    expect(answerAppRequest('app://kiosk/', GET, empty).status).toBe(503);
  });

  it('routes the shell pages by name only', () => {
    expect(answerAppRequest('app://kiosk/__shell/recovery', GET, ui)).toEqual({ status: 200, shellPage: 'recovery' });
    for (const p of ['/__shell/Recovery', '/__shell/a%2fb', '/__shell/', '/__shell/recovery/x']) expect(answerAppRequest(`app://kiosk${p}`, GET, ui).status, p).toBe(400);
    // A dot segment is resolved by the URL parser first: it names a UI file, not a shell page.
    expect(answerAppRequest('app://kiosk/__shell/../index.html', GET, ui)).not.toHaveProperty('shellPage');
    expect(isShellPage('recovery') && isShellPage('problem') && !isShellPage('index')).toBe(true);
  });
});

describe('security headers', () => {
  it('sends a strict CSP: nothing remote, no eval, no frames, media only from media://', () => {
    const csp = kioskCsp();
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*|ws:/);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/img-src [^;]*media:/);
    expect(appSecurityHeaders()['content-security-policy']).toBe(csp);
    expect(appSecurityHeaders()['x-frame-options']).toBe('DENY');
  });
});

describe('shell pages', () => {
  it('escape the problem text and carry no script', () => {
    const html = shellPageHtml('problem', '<script>alert(1)</script> "x" & \'y\'');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(shellPageHtml('recovery')).not.toMatch(/<script/i);
    expect(shellPageHtml('recovery')).toContain('展台稍作休息');
  });
});
