import { describe, expect, it } from 'vitest';
import { isOpen, nextNightlyRestart, parseClock } from '../../../main/electron/policy/opening-hours';

// Local wall-clock times, as the kiosk's OS shows them.
const at = (day: number, h: number, m = 0) => new Date(2026, 5, day, h, m);

describe('opening hours', () => {
  it('reads HH:MM and nothing else', () => {
    expect(parseClock('08:30')).toBe(510);
    expect(parseClock('23:59')).toBe(1439);
    for (const bad of ['24:00', '8:30', '08:60', '0830', ' 08:30', '08:30 ', '', null, 510, '０８:３０']) expect(parseClock(bad), String(bad)).toBeNull();
  });

  it('is open from open to close, closed outside', () => {
    const hours = { open: '08:00', close: '18:00' };
    expect(isOpen(at(1, 7, 59), hours)).toBe(false);
    expect(isOpen(at(1, 8, 0), hours)).toBe(true);
    expect(isOpen(at(1, 17, 59), hours)).toBe(true);
    expect(isOpen(at(1, 18, 0), hours)).toBe(false);
    expect(isOpen(at(1, 3, 0), hours)).toBe(false);
  });

  it('wraps past midnight for evening hours', () => {
    const hours = { open: '18:00', close: '02:00' };
    expect(isOpen(at(1, 23, 0), hours)).toBe(true);
    expect(isOpen(at(1, 1, 59), hours)).toBe(true);
    expect(isOpen(at(1, 2, 0), hours)).toBe(false);
    expect(isOpen(at(1, 12, 0), hours)).toBe(false);
  });

  it('counts open == close and unreadable hours as open all day (a typo must not darken the screen)', () => {
    for (const hours of [{ open: '00:00', close: '00:00' }, { open: 'x', close: '18:00' }, { open: '08:00', close: '' }]) {
      expect(isOpen(at(1, 3, 0), hours)).toBe(true);
    }
  });
});

describe('nightly restart', () => {
  it('happens at 03:30 when the park is closed then, the next night if already past', () => {
    const hours = { open: '08:00', close: '18:00' };
    expect(nextNightlyRestart(at(1, 12, 0), hours)).toEqual(at(2, 3, 30));
    expect(nextNightlyRestart(at(2, 1, 0), hours)).toEqual(at(2, 3, 30));
    expect(nextNightlyRestart(at(2, 3, 30), hours)).toEqual(at(3, 3, 30));
  });

  it('moves to the middle of the closed hours when 03:30 is inside opening hours', () => {
    // Open 18:00–06:00: closed 06:00–18:00, middle 12:00.
    expect(nextNightlyRestart(at(1, 20, 0), { open: '18:00', close: '06:00' })).toEqual(at(2, 12, 0));
    // Closed 23:00–05:00 wraps midnight: middle 02:00.
    expect(nextNightlyRestart(at(1, 20, 0), { open: '05:00', close: '23:00' })).toEqual(at(2, 3, 30));
    expect(nextNightlyRestart(at(1, 20, 0), { open: '03:00', close: '23:00' })).toEqual(at(2, 1, 0));
  });

  it('never restarts a kiosk open around the clock unless a time was set on purpose', () => {
    expect(nextNightlyRestart(at(1, 12, 0), { open: '00:00', close: '00:00' })).toBeNull();
    expect(nextNightlyRestart(at(1, 12, 0), { open: '00:00', close: '00:00' }, { time: '04:15', explicit: true })).toEqual(at(2, 4, 15));
  });

  it('uses a configured time, and falls back to 03:30 when the configured one is unreadable', () => {
    const hours = { open: '08:00', close: '18:00' };
    expect(nextNightlyRestart(at(1, 12, 0), hours, { time: '22:45', explicit: true })).toEqual(at(1, 22, 45));
    expect(nextNightlyRestart(at(1, 12, 0), hours, { time: 'soon', explicit: true })).toEqual(at(2, 3, 30));
  });

  it('is always strictly in the future', () => {
    const hours = { open: '08:00', close: '18:00' };
    for (let h = 0; h < 24; h++) {
      const now = at(10, h, 17);
      const next = nextNightlyRestart(now, hours)!;
      expect(next.getTime()).toBeGreaterThan(now.getTime());
      expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(24 * 3600_000);
      expect(isOpen(next, hours)).toBe(false);
    }
  });
});
