export type SwipeDirection = 'next' | 'previous';

/**
 * Decides whether a finger movement was a deliberate horizontal swipe: far enough (an eighth of the width,
 * at least 80 px) or short and quick (40 px at 0.5 px/ms), clearly more sideways than up or down, and not a
 * slow drag. Leftwards means "next", as pages turn. Anything unclear is no swipe: a scroll or a tap wins.
 */
export function classifySwipe(dx: number, dy: number, ms: number, width: number): SwipeDirection | null {
  if (![dx, dy, ms, width].every(Number.isFinite) || ms <= 0) return null;
  const ax = Math.abs(dx);
  const ay = Math.abs(dy);
  if (ax < 40 || ax < ay * 1.5) return null;
  const far = ax >= Math.max(80, width / 8);
  const quick = ax / ms >= 0.5;
  if (!far && !quick) return null;
  if (ms > 1500 && !far) return null;
  return dx < 0 ? 'next' : 'previous';
}
