import { describe, expect, it } from 'vitest';
import { AddLog } from '../../../archive/search/add-log';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

/** Adds grouped into runs of one id, each run's lists as a sorted multiset: what a replay must give back. */
function runs(adds: readonly [number, number][]): [number, number[]][] {
  const out: [number, number[]][] = [];
  for (const [list, id] of adds) {
    const last = out[out.length - 1];
    if (last && last[0] === id) last[1].push(list);
    else out.push([id, [list]]);
  }
  return out.map(([id, lists]) => [id, lists.sort((a, b) => a - b)]);
}

describe('AddLog', () => {
  it('replays every add, run by run in order, across chunk boundaries and up to 2^31 - 1', () => {
    const r = rng(3);
    const big = 2 ** 31 - 1;
    const adds: [number, number][] = [];
    for (let i = 0; i < 5_000; i++) {
      const id = r() < 0.05 ? big - Math.floor(r() * 3) : Math.floor(r() * 300);
      const n = 1 + Math.floor(r() * 6);
      for (let k = 0; k < n; k++) adds.push([r() < 0.05 ? big - Math.floor(r() * 1000) : Math.floor(r() * 5_000), id]);
    }
    // A few bytes a chunk, so varints straddle chunk ends.
    const log = new AddLog(7);
    for (const [list, id] of adds) log.add(list, id);
    const replayed: [number, number][] = [];
    log.replay((list, id) => replayed.push([list, id]));
    expect(runs(replayed)).toEqual(runs(adds));
  });

  it('refuses a negative id', () => {
    expect(() => new AddLog().add(0, -1)).toThrow(RangeError);
  });
});
