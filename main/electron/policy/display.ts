export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * The display the kiosk fills: "--display 2" or the setting picks the second display in the OS order, falling
 * back to the primary when that display is unplugged (a kiosk must come up somewhere, not nowhere).
 */
export function pickDisplay<D extends DisplayLike>(all: readonly D[], primary: D, wanted: string | null): D {
  if (!wanted || wanted === 'primary') return primary;
  const n = Number(wanted);
  if (!Number.isInteger(n) || n < 1) return primary;
  const sorted = [...all].sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id);
  return sorted[n - 1] ?? primary;
}
