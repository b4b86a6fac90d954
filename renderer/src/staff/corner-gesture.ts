// The staff escape hatch's gesture, as a pure state machine so it can be tested against a child mashing the
// screen. It needs only one finger (many kiosk touch frames report one or two points): tap the four corners
// clockwise from the top left, then hold the top-left corner. A visitor does not do that by accident, and a
// palm or several fingers at once start it over.

export type Corner = 'tl' | 'tr' | 'br' | 'bl';

export interface GestureTiming {
  /** A tap is shorter than this (ms). */
  tapMaxMs: number;
  /** The final press must last this long (ms). */
  holdMs: number;
  /** The whole sequence must be done within this (ms) of its first tap. */
  withinMs: number;
}

export const DEFAULT_TIMING: GestureTiming = { tapMaxMs: 800, holdMs: 2000, withinMs: 12_000 };

const SEQUENCE: readonly Corner[] = ['tl', 'tr', 'br', 'bl', 'tl'];
const HOLD_STEP = SEQUENCE.length - 1;

/** The corner a point falls in, or null. The zone is a square scaled to the screen, never under 48 px. */
export function cornerOf(x: number, y: number, width: number, height: number): Corner | null {
  if (![x, y, width, height].every(Number.isFinite) || width <= 0 || height <= 0) return null;
  const zone = Math.min(120, Math.max(48, Math.min(width, height) * 0.08));
  const left = x >= 0 && x < zone;
  const right = x <= width && x > width - zone;
  const top = y >= 0 && y < zone;
  const bottom = y <= height && y > height - zone;
  if (top && left) return 'tl';
  if (top && right) return 'tr';
  if (bottom && right) return 'br';
  if (bottom && left) return 'bl';
  return null;
}

export interface PointerSample {
  id: number;
  x: number;
  y: number;
  t: number;
}

interface Press {
  id: number;
  corner: Corner | null;
  t: number;
}

export class CornerGesture {
  private step = 0;
  private startedAt = 0;
  private press: Press | null = null;
  private readonly down = new Set<number>();
  private lastEventAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly size: () => { width: number; height: number },
    private readonly timing: GestureTiming = DEFAULT_TIMING,
  ) {}

  /** When the current hold completes, so the caller can set a timer; null when no hold is under way. */
  holdDeadline(): number | null {
    return this.step === HOLD_STEP && this.press ? this.press.t + this.timing.holdMs : null;
  }

  pointerDown(p: PointerSample): void {
    // A lost pointerup (a touch that ended outside the window) must not leave a phantom finger forever.
    if (p.t - this.lastEventAt > this.timing.holdMs + 1000) this.down.clear();
    this.lastEventAt = p.t;
    this.down.add(p.id);
    if (this.down.size > 1) return this.reset();
    if (this.step > 0 && p.t - this.startedAt > this.timing.withinMs) this.reset();
    const { width, height } = this.size();
    const corner = cornerOf(p.x, p.y, width, height);
    if (corner !== SEQUENCE[this.step]) {
      this.reset();
      if (corner !== SEQUENCE[0]) return;
    }
    this.press = { id: p.id, corner, t: p.t };
  }

  pointerUp(p: { id: number; t: number }): void {
    this.down.delete(p.id);
    this.lastEventAt = p.t;
    const press = this.press;
    if (!press || press.id !== p.id) return;
    this.press = null;
    if (this.step === HOLD_STEP || p.t - press.t > this.timing.tapMaxMs || p.t < press.t) return this.reset();
    if (this.step === 0) this.startedAt = press.t;
    this.step += 1;
  }

  pointerCancel(id: number): void {
    this.down.delete(id);
    this.reset();
  }

  /** True once, when the final hold has lasted long enough. */
  tick(now: number): boolean {
    const deadline = this.holdDeadline();
    if (deadline === null || now < deadline) return false;
    if (now - this.startedAt > this.timing.withinMs + this.timing.holdMs) {
      this.reset();
      return false;
    }
    this.reset();
    return true;
  }

  reset(): void {
    this.step = 0;
    this.startedAt = 0;
    this.press = null;
  }
}
