import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../main/serve/args';
import { chromiumKioskArgs, findChromium } from '../../../main/launch/chromium';
import { electronBinary } from '../../../main/launch/electron-binary';

describe('serve arguments', () => {
  it('defaults to 127.0.0.1:5170', () => {
    expect(parseServeArgs([])).toMatchObject({ host: '127.0.0.1', port: 5170 });
  });
  it('takes --archive and --port', () => {
    expect(parseServeArgs(['--archive', '/tmp/a', '--port', '8080'])).toMatchObject({ archive: '/tmp/a', port: 8080 });
  });
  it.each([['--port', 'abc'], ['--port', '70000'], ['--port', '-1']])('refuses %s %s', (...argv) => {
    expect(() => parseServeArgs(argv)).toThrow(/--port/);
  });
  it('refuses to listen beyond this machine without --allow-remote', () => {
    expect(() => parseServeArgs(['--host', '0.0.0.0'])).toThrow(/--allow-remote/);
    expect(parseServeArgs(['--host', '0.0.0.0', '--allow-remote'])).toMatchObject({ host: '0.0.0.0', allowRemote: true });
  });
  it('refuses unknown flags', () => {
    expect(() => parseServeArgs(['--archvie', 'x'])).toThrow();
  });
});

describe('launcher decisions', () => {
  it('reports why Electron is unavailable instead of crashing', () => {
    const r = electronBinary(() => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');
    });
    expect(r).toEqual({ path: null, reason: expect.stringContaining('Electron failed to install correctly') });
    expect(electronBinary(() => '/opt/electron/electron')).toEqual({ path: '/opt/electron/electron' });
  });
  it('finds Chromium on PATH, honouring CHROMIUM_PATH first', () => {
    const exists = (p: string) => p === '/usr/bin/chromium' || p === '/opt/chrome';
    expect(findChromium({ PATH: '/usr/local/bin:/usr/bin' }, exists)).toBe('/usr/bin/chromium');
    expect(findChromium({ PATH: '/usr/bin', CHROMIUM_PATH: '/opt/chrome' }, exists)).toBe('/opt/chrome');
    expect(findChromium({ PATH: '/nowhere' }, exists)).toBeNull();
  });
  it('locks Chromium down and only opens the local kiosk URL', () => {
    const args = chromiumKioskArgs('http://127.0.0.1:5170/', '/tmp/profile', { kiosk: true });
    expect(args).toEqual(expect.arrayContaining(['--app=http://127.0.0.1:5170/', '--kiosk', '--disable-pinch', '--overscroll-history-navigation=0', '--user-data-dir=/tmp/profile']));
    expect(() => chromiumKioskArgs('https://example.com/', '/tmp/p', { kiosk: true })).toThrow(/non-local/);
    expect(() => chromiumKioskArgs('file:///etc/passwd', '/tmp/p', { kiosk: true })).toThrow(/non-local/);
  });
});
