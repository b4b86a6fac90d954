import { describe, expect, it } from 'vitest';
import { intersect, PostingMap, PostingStore, union } from '../../../archive/search/postings';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

describe('PostingStore', () => {
  it.each([
    ['tiny chunks (lists outgrow them: fresh chunks, copying compaction)', 64],
    ['chunks that hold every list (compaction in place)', 4096],
  ])('keeps every list equal to a sorted set under random adds, deletes, releases and compactions: %s', (_label, chunkSize) => {
    // Small chunks force new chunks, moves and compactions that a real index meets only at scale.
    const store = new PostingStore(chunkSize);
    const model = new Map<number, Set<number>>();
    const r = rng(7);
    for (let step = 0; step < 20_000; step++) {
      const roll = r();
      const lists = [...model.keys()];
      if (roll < 0.05 || lists.length === 0) model.set(store.create(), new Set());
      else {
        const list = lists[Math.floor(r() * lists.length)]!;
        const id = Math.floor(r() * 500);
        if (roll < 0.7) {
          store.add(list, id);
          model.get(list)!.add(id);
        } else if (roll < 0.95) {
          store.delete(list, id);
          model.get(list)!.delete(id);
        } else if (roll < 0.98) {
          store.release(list);
          model.delete(list);
        } else store.compact(r() < 0.5 ? 0 : 3);
      }
      if (step % 997 === 0 || step === 19_999) {
        for (const [list, ids] of model) expect([...store.view(list)]).toEqual([...ids].sort((a, b) => a - b));
      }
    }
  });

  it('appends new highest ids and inserts old ids in place', () => {
    const store = new PostingStore();
    const list = store.create();
    for (const id of [5, 9, 12, 1, 7, 12, 5]) store.add(list, id);
    expect([...store.view(list)]).toEqual([1, 5, 7, 9, 12]);
  });
});

describe('PostingStore with deferred adds', () => {
  it.each([
    ['fresh chunks', 64],
    ['one chunk', 1 << 16],
  ])('ends with the lists that adds made directly would give, packed tight: %s', (_label, chunkSize) => {
    const r = rng(5);
    const direct = new PostingStore(chunkSize);
    const deferred = new PostingStore(chunkSize);
    deferred.deferAdds();
    const lists: number[] = [];
    const reserved: [number, number][] = [];
    for (let step = 0; step < 20_000; step++) {
      if (lists.length === 0 || r() < 0.02) {
        const list = direct.create();
        expect(deferred.create()).toBe(list);
        lists.push(list);
        continue;
      }
      const list = lists[Math.floor(r() * lists.length)]!;
      // Mostly rising ids, as a build adds them; some repeats and some older ids, to insert and to skip.
      const id = r() < 0.8 ? step : Math.floor(r() * step);
      direct.add(list, id);
      if (r() < 0.3) {
        deferred.reserve(list, id);
        reserved.push([list, id]);
      } else deferred.add(list, id);
      if (r() < 0.1) {
        direct.add(list, id);
        deferred.add(list, id);
      }
      // Emptiness is what callers ask while adds are deferred.
      expect(deferred.size[list]! > 0).toBe(true);
    }
    deferred.applyDeferred();
    for (const [list, id] of reserved) deferred.add(list, id);
    deferred.trim();
    for (const list of lists) expect([...deferred.view(list)]).toEqual([...direct.view(list)]);
    for (const list of lists) expect(deferred.size[list]).toBe(direct.size[list]);
    // And it keeps working as a store afterwards.
    for (const list of lists.slice(0, 50)) {
      direct.add(list, 1_000_000);
      deferred.add(list, 1_000_000);
      direct.delete(list, 1);
      deferred.delete(list, 1);
      expect([...deferred.view(list)]).toEqual([...direct.view(list)]);
    }
  });

  it('refuses to read, delete, release or compact while adds are deferred, and to defer on a used store', () => {
    const store = new PostingStore();
    store.deferAdds();
    const list = store.create();
    store.add(list, 1);
    expect(() => store.view(list)).toThrow();
    expect(() => store.delete(list, 1)).toThrow();
    expect(() => store.release(list)).toThrow();
    expect(() => store.compact(0)).toThrow();
    store.applyDeferred();
    expect([...store.view(list)]).toEqual([1]);
    expect(() => store.deferAdds()).toThrow();
    expect(() => store.reserve(list, 2)).toThrow();
  });
});

describe('PostingMap', () => {
  it('creates a list on the first id of a key and releases it with the last', () => {
    const map = new PostingMap<string>(new PostingStore());
    map.add('李', 3);
    map.add('李', 1);
    expect([...map.view('李')]).toEqual([1, 3]);
    map.delete('李', 1);
    map.delete('李', 3);
    expect(map.size).toBe(0);
    expect(map.list('李')).toBe(-1);
    expect(map.view('李').length).toBe(0);
  });
});

describe('intersect and union', () => {
  it('agree with set arithmetic on random sorted lists', () => {
    const r = rng(11);
    for (let round = 0; round < 300; round++) {
      const lists = Array.from({ length: 1 + Math.floor(r() * 5) }, () => Int32Array.from([...new Set(Array.from({ length: Math.floor(r() * 60) }, () => Math.floor(r() * 100)))].sort((a, b) => a - b)));
      const sets = lists.map((l) => new Set(l));
      const all = [...new Set(lists.flatMap((l) => [...l]))].sort((a, b) => a - b);
      expect([...intersect(lists)]).toEqual(all.filter((id) => sets.every((s) => s.has(id))));
      expect([...union(lists)]).toEqual(all);
    }
  });
});
