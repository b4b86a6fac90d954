import { describe, expect, it } from 'vitest';
import { mapPool } from '../../../archive/media/pool';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('mapPool', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapPool([5, 1, 4, 2, 3, 0, 6], 3, async (v, i) => {
      running++;
      most = Math.max(most, running);
      for (let k = 0; k < v; k++) await tick();
      running--;
      return `${i}:${v}`;
    });
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6']);
    expect(most).toBe(3);
  });

  it('starts no new work after a failure and rethrows the first error', async () => {
    const started: number[] = [];
    await expect(
      mapPool([0, 1, 2, 3, 4, 5], 2, async (v) => {
        started.push(v);
        await tick();
        if (v === 1) throw new Error('bad photo 1');
        if (v === 2) throw new Error('bad photo 2');
        return v;
      }),
    ).rejects.toThrow('bad photo 1');
    expect(started.length).toBeLessThanOrEqual(3);
  });

  it('handles an empty list and refuses a nonsense limit', async () => {
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
    for (const bad of [0, -1, 1.5, Number.NaN]) await expect(mapPool([1], bad, async () => 1)).rejects.toThrow(RangeError);
  });
});
