import { describe, expect, it } from 'vitest';
import { CursorIdle } from '../../../main/electron/policy/cursor';
import { isCuratorPath, shouldReloadForMemory, type MemoryCheck } from '../../../main/electron/policy/memory';
import { mayRestartNow, restartPlan, STAFF_EXIT_CODE } from '../../../main/electron/policy/restart';

describe('cursor hiding (fake clock)', () => {
  it('hides after the pause, shows on movement, hides again', () => {
    const c = new CursorIdle(3000, 0);
    const p = { x: 10, y: 10 };
    expect(c.sample(p, 500)).toBeNull();
    expect(c.sample(p, 2999)).toBeNull();
    expect(c.sample(p, 3000)).toBe('hide');
    expect(c.sample(p, 4000)).toBeNull();
    expect(c.sample({ x: 11, y: 10 }, 4500)).toBe('show');
    expect(c.sample({ x: 11, y: 10 }, 7000)).toBeNull();
    expect(c.sample({ x: 11, y: 10 }, 7500)).toBe('hide');
  });

  it('keeps it hidden for good with a zero pause (touch-only kiosk)', () => {
    const c = new CursorIdle(0, 0);
    expect(c.sample({ x: 0, y: 0 }, 0)).toBe('hide');
    expect(c.sample({ x: 500, y: 500 }, 10)).toBeNull();
  });

  it('decides again after a reload dropped the page style', () => {
    const c = new CursorIdle(1000, 0);
    c.sample({ x: 1, y: 1 }, 0);
    expect(c.sample({ x: 1, y: 1 }, 1000)).toBe('hide');
    c.forget();
    expect(c.sample({ x: 1, y: 1 }, 1500)).toBe('hide');
  });
});

describe('memory ceiling', () => {
  const base: MemoryCheck = {
    workingSetKb: 2000 * 1024,
    ceilingMb: 1536,
    systemIdleSeconds: 600,
    betweenVisitorsSeconds: 180,
    curatorOpen: false,
    now: 10_000_000,
    lastReloadAt: null,
    minGapMs: 30 * 60_000,
  };

  it('reloads a renderer over the ceiling while nobody is using the kiosk', () => {
    expect(shouldReloadForMemory(base)).toBe(true);
  });

  it('never reloads under a visitor, over the curator workspace, below the ceiling, or twice in a row', () => {
    expect(shouldReloadForMemory({ ...base, systemIdleSeconds: 20 })).toBe(false);
    expect(shouldReloadForMemory({ ...base, curatorOpen: true })).toBe(false);
    expect(shouldReloadForMemory({ ...base, workingSetKb: 1000 * 1024 })).toBe(false);
    expect(shouldReloadForMemory({ ...base, lastReloadAt: base.now - 60_000 })).toBe(false);
    expect(shouldReloadForMemory({ ...base, lastReloadAt: base.now - 31 * 60_000 })).toBe(true);
  });

  it('does nothing with missing or nonsense metrics', () => {
    for (const workingSetKb of [null, Number.NaN, Number.POSITIVE_INFINITY]) expect(shouldReloadForMemory({ ...base, workingSetKb })).toBe(false);
    expect(shouldReloadForMemory({ ...base, ceilingMb: 0 })).toBe(false);
  });

  it('knows the curator workspace paths', () => {
    expect(isCuratorPath('/curator')).toBe(true);
    expect(isCuratorPath('/curator/exhibits/4')).toBe(true);
    expect(isCuratorPath('/curators-wall')).toBe(false);
    expect(isCuratorPath('/')).toBe(false);
  });
});

describe('restarts', () => {
  it('exit and let systemd or the Windows watchdog start us again; relaunch when alone', () => {
    expect(restartPlan({ INVOCATION_ID: 'abc' })).toBe('exit-for-supervisor');
    expect(restartPlan({ HONOR_ARCHIVE_SUPERVISED: '1' })).toBe('exit-for-supervisor');
    expect(restartPlan({})).toBe('relaunch');
    expect(restartPlan({ HONOR_ARCHIVE_SUPERVISED: '0' })).toBe('relaunch');
  });

  it('refuse a nightly restart within the first hour (a wrong clock cannot loop restarts)', () => {
    expect(mayRestartNow(59 * 60_000)).toBe(false);
    expect(mayRestartNow(60 * 60_000)).toBe(true);
  });

  it('use an exit code the systemd unit lists in RestartPreventExitStatus', async () => {
    const fs = await import('node:fs');
    const unit = fs.readFileSync(new URL('../../../deploy/linux/honor-archive-kiosk.service', import.meta.url), 'utf8');
    expect(unit).toMatch(new RegExp(`^RestartPreventExitStatus=${STAFF_EXIT_CODE}$`, 'm'));
    expect(unit).toMatch(/^Restart=always$/m);
    const watchdog = fs.readFileSync(new URL('../../../deploy/windows/kiosk-watchdog.ps1', import.meta.url), 'utf8');
    expect(watchdog).toContain(`-eq ${STAFF_EXIT_CODE}`);
  });
});
