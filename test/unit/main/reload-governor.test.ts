import { describe, expect, it } from 'vitest';
import { ReloadGovernor, type GovernorOptions } from '../../../main/electron/policy/reload-governor';

const MIN = 60_000;
const opts: GovernorOptions = { maxReloads: 3, windowMs: 5 * MIN, firstRetryMs: 30_000, maxRetryMs: 10 * MIN, healthyAfterMs: 2 * MIN };

describe('crash reload cap and recovery (fake clock)', () => {
  it('reloads three times within five minutes, then shows the recovery screen', () => {
    const g = new ReloadGovernor(opts);
    let t = 1_000_000;
    expect(g.incident('render-process-gone', t)).toEqual({ do: 'reload' });
    expect(g.incident('unresponsive', (t += 10_000))).toEqual({ do: 'reload' });
    expect(g.incident('did-fail-load', (t += 10_000))).toEqual({ do: 'reload' });
    expect(g.incident('gpu-process-gone', (t += 10_000))).toEqual({ do: 'recover', retryAt: t + 30_000 });
    expect(g.inRecovery).toBe(true);
    // More failures while the recovery screen shows change nothing.
    expect(g.incident('render-process-gone', t + 1)).toEqual({ do: 'ignore' });
  });

  it('spreads out: crashes more than five minutes apart never reach the cap', () => {
    const g = new ReloadGovernor(opts);
    for (let i = 0; i < 20; i++) expect(g.incident('render-process-gone', i * 2 * MIN)).toEqual({ do: 'reload' });
  });

  it('retries from the recovery screen on its own, and waits twice as long after each failed retry, up to the maximum', () => {
    const g = new ReloadGovernor(opts);
    let t = 0;
    for (let i = 0; i < 3; i++) g.incident('render-process-gone', (t += 1000));
    let action = g.incident('render-process-gone', (t += 1000));
    const waits: number[] = [];
    for (let round = 0; round < 8; round++) {
      if (action.do !== 'recover') throw new Error(`expected recovery, got ${action.do}`);
      waits.push(action.retryAt - t);
      t = action.retryAt;
      expect(g.retry(t)).toEqual({ do: 'reload' });
      expect(g.inRecovery).toBe(false);
      // The retried page fails again at once: straight back to the recovery screen, no reload burst.
      action = g.incident('render-process-gone', (t += 500));
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 600_000, 600_000, 600_000]);
  });

  it('forgets past trouble after the page has stayed up long enough', () => {
    const g = new ReloadGovernor(opts);
    let t = 0;
    for (let i = 0; i < 4; i++) g.incident('render-process-gone', (t += 1000));
    g.retry((t += 30_000));
    g.loaded((t += 2000));
    expect(g.checkHealthy(t + MIN)).toBe(false);
    expect(g.checkHealthy(t + 2 * MIN)).toBe(true);
    t += 2 * MIN;
    // Healthy again: the full reload allowance and the first, short wait are back.
    expect(g.incident('render-process-gone', (t += 1))).toEqual({ do: 'reload' });
    expect(g.incident('render-process-gone', (t += 1))).toEqual({ do: 'reload' });
    expect(g.incident('render-process-gone', (t += 1))).toEqual({ do: 'reload' });
    expect(g.incident('render-process-gone', (t += 1))).toEqual({ do: 'recover', retryAt: t + 30_000 });
  });

  it('does not count a load that crashed before the healthy mark', () => {
    const g = new ReloadGovernor(opts);
    g.loaded(0);
    g.incident('render-process-gone', MIN);
    expect(g.checkHealthy(10 * MIN)).toBe(false);
  });

  it('ignores a clock that jumps backwards instead of trusting old entries', () => {
    const g = new ReloadGovernor(opts);
    g.incident('render-process-gone', 10 * MIN);
    g.incident('render-process-gone', 10 * MIN + 1);
    // The clock is set back an hour: past entries "in the future" are dropped, not kept forever.
    expect(g.incident('render-process-gone', -50 * MIN)).toEqual({ do: 'reload' });
    expect(g.incident('render-process-gone', -50 * MIN + 1)).toEqual({ do: 'reload' });
  });
});
