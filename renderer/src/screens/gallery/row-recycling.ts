/**
 * Which DOM slot each row in the virtual window renders into, given the slots of the last window: a row that
 * stays keeps its slot; a row that enters takes a slot a leaving row gave up (lowest first), or the lowest
 * unused one when the window grew. Slot numbers stay below the largest window seen, however far the grid
 * scrolls, and the window may grow or shrink by a row as the screen lines up with row edges.
 */
export function assignRowSlots(previous: ReadonlyMap<number, number>, rows: readonly number[]): Map<number, number> {
  const next = new Map<number, number>();
  const taken = new Set<number>();
  for (const row of rows) {
    const slot = previous.get(row);
    if (slot !== undefined && !taken.has(slot)) {
      next.set(row, slot);
      taken.add(slot);
    }
  }
  let candidate = 0;
  for (const row of rows) {
    if (next.has(row)) continue;
    while (taken.has(candidate)) candidate++;
    next.set(row, candidate);
    taken.add(candidate);
  }
  return next;
}

/** What the virtualizer knows of the rows in view (its `Range`). */
export interface RowRange {
  startIndex: number;
  endIndex: number;
  overscan: number;
  count: number;
}

/**
 * The rows to render: the rows in view plus `overscan` either side, as the virtualizer's default, but always
 * the same number of them (`span`, the most rows a screen can touch, plus the overscan), clamped inside the
 * list. The rows in view alternate between n and n+1 as row edges pass the screen's; a window that grew and
 * shrank with them would drop a row's DOM one frame and build it again the next, instead of handing it over.
 */
export function steadyRowRange(range: RowRange, span: number): number[] {
  const { startIndex, endIndex, count } = range;
  if (!(count > 0) || !(endIndex >= startIndex)) return [];
  const overscan = Number.isFinite(range.overscan) ? Math.max(0, Math.floor(range.overscan)) : 0;
  const inView = endIndex - startIndex + 1;
  const length = Math.min(count, Math.max(Number.isFinite(span) ? Math.ceil(span) : 0, inView) + 2 * overscan);
  const start = Math.min(Math.max(0, startIndex - overscan), count - length);
  return Array.from({ length }, (_, i) => start + i);
}
