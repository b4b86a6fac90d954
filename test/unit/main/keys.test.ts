import { describe, expect, it } from 'vitest';
import { shouldBlockKey, type KeyInput } from '../../../main/electron/policy/keys';

const down = (key: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key, ...mods });

describe('kiosk keys', () => {
  it('swallow reload, devtools, full-screen, history, zoom, close and quit in kiosk mode', () => {
    const blocked: KeyInput[] = [
      down('F5'),
      down('F11'),
      down('F12'),
      down('r', { control: true }),
      down('R', { control: true, shift: true }),
      down('I', { control: true, shift: true }),
      down('j', { control: true, shift: true }),
      down('w', { control: true }),
      down('q', { control: true }),
      down('q', { meta: true }),
      down('n', { control: true }),
      down('p', { control: true }),
      down('=', { control: true }),
      down('+', { control: true, shift: true }),
      down('-', { control: true }),
      down('0', { control: true }),
      down('ArrowLeft', { alt: true }),
      down('ArrowRight', { alt: true }),
      down('F4', { alt: true }),
      down('BrowserBack'),
      down('BrowserForward'),
      down('BrowserRefresh'),
      down('Tab', { control: true }),
      down('Meta', { meta: true }),
      { type: 'rawKeyDown', key: 'F5' },
    ];
    for (const input of blocked) expect(shouldBlockKey(input, { kiosk: true }), JSON.stringify(input)).toBe(true);
  });

  it('let typing through, so a keyboard still works in the curator workspace', () => {
    const passed: KeyInput[] = [down('a'), down('A', { shift: true }), down('7'), down('Enter'), down('Backspace'), down('Escape'), down('ArrowLeft'), down(' '), down('中'), { type: 'keyUp', key: 'F5' }, { type: 'char', key: 'r', control: true }];
    for (const input of passed) expect(shouldBlockKey(input, { kiosk: true }), JSON.stringify(input)).toBe(false);
  });

  it('outside kiosk mode block only devtools', () => {
    expect(shouldBlockKey(down('F5'), { kiosk: false })).toBe(false);
    expect(shouldBlockKey(down('r', { control: true }), { kiosk: false })).toBe(false);
    expect(shouldBlockKey(down('F12'), { kiosk: false })).toBe(true);
    expect(shouldBlockKey(down('i', { control: true, shift: true }), { kiosk: false })).toBe(true);
  });

  it('survive malformed input objects', () => {
    for (const input of [{ type: 'keyDown' }, { type: 'keyDown', key: 42 }, { type: 'keyDown', key: null, control: true }]) {
      expect(() => shouldBlockKey(input as unknown as KeyInput, { kiosk: true })).not.toThrow();
    }
  });
});
