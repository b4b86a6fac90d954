import { describe, expect, it } from 'vitest';
import { CornerGesture, cornerOf, DEFAULT_TIMING } from '../src/staff/corner-gesture';

const W = 1920;
const H = 1080;
const P = { tl: [10, 10], tr: [W - 10, 10], br: [W - 10, H - 10], bl: [10, H - 10], mid: [W / 2, H / 2] } as const;
type Spot = keyof typeof P;

function driver() {
  const g = new CornerGesture(() => ({ width: W, height: H }));
  let t = 1000;
  let id = 1;
  return {
    g,
    tap(spot: Spot, gap = 300, press = 100) {
      t += gap;
      const pid = id++;
      g.pointerDown({ id: pid, x: P[spot][0], y: P[spot][1], t });
      t += press;
      g.pointerUp({ id: pid, t });
    },
    /** Presses and holds; returns whether the hatch opened while held. */
    hold(spot: Spot, ms: number, gap = 300) {
      t += gap;
      const pid = id++;
      g.pointerDown({ id: pid, x: P[spot][0], y: P[spot][1], t });
      const opened = g.tick(t + ms);
      t += ms;
      g.pointerUp({ id: pid, t });
      return opened;
    },
    get t() {
      return t;
    },
    wait(ms: number) {
      t += ms;
    },
  };
}

describe('staff corner gesture', () => {
  it('opens after top-left, top-right, bottom-right, bottom-left taps and a hold on top-left', () => {
    const d = driver();
    for (const c of ['tl', 'tr', 'br', 'bl'] as const) d.tap(c);
    expect(d.hold('tl', DEFAULT_TIMING.holdMs)).toBe(true);
  });

  it('does not open on a hold that is too short, and says when the hold completes', () => {
    const d = driver();
    for (const c of ['tl', 'tr', 'br', 'bl'] as const) d.tap(c);
    expect(d.hold('tl', DEFAULT_TIMING.holdMs - 1)).toBe(false);
    expect(d.g.holdDeadline()).toBeNull();
  });

  it('ignores a child mashing every corner and the middle at random', () => {
    const d = driver();
    let seed = 42;
    const spots: Spot[] = ['tl', 'tr', 'br', 'bl', 'mid'];
    let opened = 0;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const spot = spots[seed % 5]!;
      // Short taps and long presses alike, as a child does; holds are checked at the exact deadline.
      if (seed % 7 === 0) opened += d.hold(spot, 400 + (seed % 2500)) ? 1 : 0;
      else d.tap(spot, 50 + (seed % 400), 40 + (seed % 200));
    }
    // Five thousand random touches never make the exact sequence (and the PIN still stands behind it).
    expect(opened).toBe(0);
  });

  it('starts over on a wrong corner, a slow tap, a tap in the middle, or a second finger', () => {
    const wrongOrders: Spot[][] = [
      ['tl', 'br', 'tr', 'bl'],
      ['tl', 'tr', 'mid', 'br', 'bl'],
      ['tr', 'br', 'bl', 'tl'],
    ];
    for (const order of wrongOrders) {
      const d = driver();
      for (const c of order) d.tap(c);
      expect(d.hold('tl', 3000), order.join(',')).toBe(false);
    }
    const slow = driver();
    slow.tap('tl');
    slow.tap('tr', 300, 2000);
    slow.tap('br');
    slow.tap('bl');
    expect(slow.hold('tl', 3000)).toBe(false);

    const palm = driver();
    palm.tap('tl');
    palm.tap('tr');
    palm.g.pointerDown({ id: 900, x: P.br[0], y: P.br[1], t: palm.t + 100 });
    palm.g.pointerDown({ id: 901, x: P.mid[0], y: P.mid[1], t: palm.t + 110 });
    palm.g.pointerUp({ id: 900, t: palm.t + 200 });
    palm.g.pointerUp({ id: 901, t: palm.t + 210 });
    palm.wait(300);
    palm.tap('bl');
    expect(palm.hold('tl', 3000)).toBe(false);
  });

  it('must be done within the time limit', () => {
    const d = driver();
    d.tap('tl');
    d.tap('tr');
    d.tap('br', DEFAULT_TIMING.withinMs);
    d.tap('bl');
    expect(d.hold('tl', 3000)).toBe(false);
  });

  it('recovers after a lost pointerup', () => {
    const d = driver();
    d.g.pointerDown({ id: 77, x: 500, y: 500, t: d.t });
    d.wait(10_000);
    for (const c of ['tl', 'tr', 'br', 'bl'] as const) d.tap(c);
    expect(d.hold('tl', 2000)).toBe(true);
  });

  it('finds corners only inside small corner zones, and nothing for junk input', () => {
    expect(cornerOf(10, 10, W, H)).toBe('tl');
    expect(cornerOf(W - 1, H - 1, W, H)).toBe('br');
    expect(cornerOf(200, 10, W, H)).toBeNull();
    expect(cornerOf(W / 2, H / 2, W, H)).toBeNull();
    const junk: [number, number, number, number][] = [[Number.NaN, 1, W, H], [1, 1, 0, 0], [-5, -5, W, H], [1, 1, Number.POSITIVE_INFINITY, H]];
    for (const [x, y, w, h] of junk) expect(cornerOf(x, y, w, h)).toBeNull();
  });
});
