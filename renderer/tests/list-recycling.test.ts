import { describe, expect, it } from 'vitest';
import { assignRowSlots, steadyRowRange } from '../src/screens/gallery/row-recycling';
import { memoT } from '../src/i18n/memo-t';
import type { T } from '../src/i18n/use-t';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Walks a window over rows and returns, per step, how many rows kept their slot and the slots used. */
function walk(windows: number[][]) {
  let slots = new Map<number, number>();
  return windows.map((rows) => {
    const next = assignRowSlots(slots, rows);
    const kept = rows.filter((r) => slots.has(r) && slots.get(r) === next.get(r)).length;
    slots = next;
    return { kept, used: rows.map((r) => next.get(r)!) };
  });
}

describe('assignRowSlots', () => {
  it('a row keeps its slot while it stays in the window, and the row entering takes the leaving one', () => {
    const [first, second] = walk([range(0, 8), range(1, 9)]);
    expect(first!.used).toEqual(range(0, 8));
    expect(second!.kept).toBe(8);
    // row 9 renders into the DOM row 0 gave up
    expect(second!.used).toEqual([...range(1, 8), 0]);
  });

  it('slots stay distinct and bounded by the widest window over a long scroll whose size wobbles', () => {
    const windows: number[][] = [];
    for (let top = 0; top < 2000; top += 1 + (top % 3)) windows.push(range(top, top + 8 + (top % 2)));
    for (const step of walk(windows)) {
      expect(new Set(step.used).size).toBe(step.used.length);
      expect(Math.max(...step.used)).toBeLessThan(10);
    }
  });

  it('a jump far away reuses every slot; an empty window leaves nothing', () => {
    const [, jumped, empty] = walk([range(0, 8), range(5000, 5008), []]);
    expect([...jumped!.used].sort((a, b) => a - b)).toEqual(range(0, 8));
    expect(empty!.used).toEqual([]);
  });

  it('ignores a previous map that gave two rows one slot (never renders two rows under one key)', () => {
    const next = assignRowSlots(new Map([[1, 0], [2, 0]]), [1, 2, 3]);
    expect(new Set(next.values()).size).toBe(3);
  });
});

describe('memoT', () => {
  it('asks the catalogue once per key and variables, and answers the same text', () => {
    const calls: string[] = [];
    const t = ((key: string, vars?: Record<string, string | number>) => {
      calls.push(key);
      return vars ? `${key}:${JSON.stringify(vars)}` : key.toUpperCase();
    }) as T;
    const m = memoT(t);
    expect(m('sample.mark')).toBe('SAMPLE.MARK');
    expect(m('sample.mark')).toBe('SAMPLE.MARK');
    expect(m('date.y', { y: 1998 })).toBe('date.y:{"y":1998}');
    expect(m('date.y', { y: 1999 })).toBe('date.y:{"y":1999}');
    expect(m('date.y', { y: 1998 })).toBe('date.y:{"y":1998}');
    expect(calls).toEqual(['sample.mark', 'date.y', 'date.y']);
  });

  it('forgets everything when full instead of growing without end', () => {
    let n = 0;
    const m = memoT(((key: string) => `${key}${n++}`) as T, 2);
    m('a.x' as never);
    m('b.x' as never);
    m('c.x' as never);
    expect(m('a.x' as never)).toBe('a.x3');
  });
});

describe('steadyRowRange', () => {
  const at = (startIndex: number, endIndex: number, count = 1000) => ({ startIndex, endIndex, overscan: 3, count });
  it('always the same number of rows, whether n or n+1 rows are in view', () => {
    expect(steadyRowRange(at(10, 12), 4)).toEqual(range(7, 16));
    expect(steadyRowRange(at(10, 13), 4)).toEqual(range(7, 16));
  });
  it('stays inside the list at both ends, still full length', () => {
    expect(steadyRowRange(at(0, 2), 4)).toEqual(range(0, 9));
    expect(steadyRowRange(at(996, 999), 4)).toEqual(range(990, 999));
  });
  it('never leaves out a row in view, even when the span was underestimated', () => {
    const rows = steadyRowRange(at(10, 20), 4);
    expect(rows[0]).toBe(7);
    expect(rows[rows.length - 1]).toBe(23);
  });
  it('a short list renders all of it; an empty or nonsense range renders nothing', () => {
    expect(steadyRowRange(at(0, 1, 3), 4)).toEqual([0, 1, 2]);
    expect(steadyRowRange(at(0, 0, 0), 4)).toEqual([]);
    expect(steadyRowRange(at(5, 4), 4)).toEqual([]);
    expect(steadyRowRange({ startIndex: 0, endIndex: 2, overscan: Number.NaN, count: 10 }, Number.NaN)).toEqual([0, 1, 2]);
  });
  it('with the slots, a scroll one row at a time hands every leaving row\'s DOM to the entering one', () => {
    let slots = new Map<number, number>();
    for (let top = 0; top < 300; top++) {
      const rows = steadyRowRange(at(top, top + 2 + (top % 2)), 4);
      const next = assignRowSlots(slots, rows);
      if (top > 3) expect(new Set(next.values())).toEqual(new Set(slots.values()));
      slots = next;
    }
  });
});
