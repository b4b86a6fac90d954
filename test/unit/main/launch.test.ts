import { describe, expect, it } from 'vitest';
import { chromiumKioskArgs, findChromium } from '../../../main/launch/chromium';
import { electronBinary } from '../../../main/launch/electron-binary';

describe('npm start without Electron', () => {
  it('explains a missing Electron binary in one line instead of crashing', () => {
    const r = electronBinary(() => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again\nmore');
    });
    expect(r).toEqual({ path: null, reason: 'Electron failed to install correctly, please delete node_modules/electron and try installing again' });
    expect(electronBinary(() => '/opt/electron/electron')).toEqual({ path: '/opt/electron/electron' });
    expect(electronBinary(() => ({}))).toMatchObject({ path: null });
  });

  it('finds Chromium on PATH or from CHROMIUM_PATH', () => {
    const have = new Set(['/usr/bin/chromium', '/custom/chrome']);
    expect(findChromium({ PATH: '/bin:/usr/bin' }, (p) => have.has(p))).toBe('/usr/bin/chromium');
    expect(findChromium({ PATH: '/bin', CHROMIUM_PATH: '/custom/chrome' }, (p) => have.has(p))).toBe('/custom/chrome');
    expect(findChromium({ PATH: '/bin' }, (p) => have.has(p))).toBeNull();
  });

  it('opens only the local serve shell, locked down from outside', () => {
    const args = chromiumKioskArgs('http://127.0.0.1:5170/', '/tmp/profile', { kiosk: true });
    expect(args).toEqual(expect.arrayContaining(['--app=http://127.0.0.1:5170/', '--kiosk', '--disable-pinch', '--overscroll-history-navigation=0', '--no-first-run', '--disable-background-networking']));
    expect(chromiumKioskArgs('http://127.0.0.1:5170/', '/tmp/p', { kiosk: false })).not.toContain('--kiosk');
    for (const url of ['http://example.com/', 'https://127.0.0.1/', 'file:///etc/passwd', 'javascript:alert(1)', 'http://127.0.0.1.evil.com/', 'http://localhost@evil.com/']) {
      expect(() => chromiumKioskArgs(url, '/tmp/p', { kiosk: true }), url).toThrow(/non-local/);
    }
  });
});

describe('npm start switches in the browser shell', () => {
  it('turn --windowed into an app window and drop --display', async () => {
    const { splitStartArgs } = await import('../../../main/launch/start-args');
    expect(splitStartArgs(['--archive', '/a', '--windowed', '--display', '2', '--port', '0'])).toEqual({ serveArgv: ['--archive', '/a', '--port', '0'], windowed: true });
    expect(splitStartArgs(['--display=2'])).toEqual({ serveArgv: [], windowed: false });
  });
});
