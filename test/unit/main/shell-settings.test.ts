import { describe, expect, it } from 'vitest';
import { pickDisplay } from '../../../main/electron/policy/display';
import { parseShellArgs } from '../../../main/electron/policy/shell-args';
import { parseShellConfig } from '../../../main/electron/policy/shell-config';

describe('shell switches', () => {
  it('read --archive, --windowed and --display among Electron and Chromium switches', () => {
    expect(parseShellArgs(['.', '--no-sandbox', '--archive', '/srv/archive', '--display=2', '--windowed', '--inspect=9229'])).toEqual({ archive: '/srv/archive', windowed: true, display: '2' });
    expect(parseShellArgs([])).toEqual({ archive: null, windowed: false, display: null });
  });

  it('drop malformed values instead of failing the start', () => {
    expect(parseShellArgs(['--archive'])).toMatchObject({ archive: null });
    expect(parseShellArgs(['--archive', '   '])).toMatchObject({ archive: null });
    expect(parseShellArgs(['--display', '-1'])).toMatchObject({ display: null });
    expect(parseShellArgs(['--display', 'HDMI-1'])).toMatchObject({ display: null });
    expect(parseShellArgs([42, null, 'x\u0000y', '--archive=/a'])).toMatchObject({ archive: '/a' });
    expect(parseShellArgs(['--windowed=false'])).toMatchObject({ windowed: false });
  });
});

describe('kiosk-shell.json', () => {
  it('fills defaults for a missing file and keeps valid values', () => {
    expect(parseShellConfig(null)).toEqual({ config: { cursorHideSeconds: 3, memoryCeilingMb: 1536, betweenVisitorsSeconds: 180, nightlyRestart: null, display: 'primary' }, problem: null });
    expect(parseShellConfig('\uFEFF{"cursorHideSeconds":0,"nightlyRestart":"04:00"}').config).toMatchObject({ cursorHideSeconds: 0, nightlyRestart: '04:00' });
  });

  it('ignores a broken file as a whole, saying which field was wrong', () => {
    const bad = parseShellConfig('{"memoryCeilingMb": 12, "cursorHideSeconds": "3"}');
    expect(bad.config.memoryCeilingMb).toBe(1536);
    expect(bad.problem).toMatch(/memoryCeilingMb/);
    expect(bad.problem).toMatch(/cursorHideSeconds/);
    expect(parseShellConfig('{not json').problem).toMatch(/not valid JSON/);
    expect(parseShellConfig('{"extra": true}').problem).toMatch(/extra|Unrecognized/i);
    expect(parseShellConfig('[]').problem).not.toBeNull();
    expect(parseShellConfig('{"__proto__": {"polluted": true}}').config).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('display choice', () => {
  const d = (id: number, x: number) => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } });
  const primary = d(7, 0);
  const all = [d(9, 3840), primary, d(8, 1920)];

  it('picks by position from the left, and the primary by default', () => {
    expect(pickDisplay(all, primary, null)).toBe(primary);
    expect(pickDisplay(all, primary, 'primary')).toBe(primary);
    expect(pickDisplay(all, primary, '2').id).toBe(8);
    expect(pickDisplay(all, primary, '3').id).toBe(9);
  });

  it('falls back to the primary when the wanted display is gone', () => {
    expect(pickDisplay(all, primary, '4')).toBe(primary);
    expect(pickDisplay([primary], primary, '2')).toBe(primary);
    expect(pickDisplay(all, primary, 'x')).toBe(primary);
  });
});
