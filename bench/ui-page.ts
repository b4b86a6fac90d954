// In-page probes for `npm run bench -- ui`, run through page.evaluate. The bench program has no DOM library,
// so each probe reaches the page's globals through the small shape below.
import type { CDPSession, Page } from 'playwright-core';

interface PageGlobals {
  document: {
    body: unknown;
    querySelector(sel: string): { getBoundingClientRect(): { x: number; y: number; width: number; height: number } } | null;
    addEventListener(type: string, fn: (e: { timeStamp: number }) => void, opts?: object): void;
  };
  performance: { now(): number };
  requestAnimationFrame(fn: (t: number) => void): number;
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(v: unknown): void } };
  MutationObserver: new (fn: () => void) => { observe(target: unknown, opts: object): void; disconnect(): void };
  PerformanceObserver: new (fn: (list: { getEntries(): { duration: number }[] }) => void) => { observe(opts: object): void; disconnect(): void };
  fetch(url: string, init: object): Promise<{ json(): Promise<unknown> }>;
  __bench?: { lastDown: number; downSeen: number; longTasks: number[]; frames: number[]; recording: boolean; record(on: boolean): void };
}

/**
 * Installs the recorders once per page: the last pointerdown time, long tasks, frame intervals. The frame
 * recorder's requestAnimationFrame loop runs only while recording: a page that requests a frame every frame
 * has Chromium hold touch input for the next frame, which would add up to a frame to every key tap that the
 * keystroke part measures (measured on a blank page: pointerdown 7 ms after the touch at the median, 2 ms without).
 */
export async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    if (w.__bench) return;
    let last = 0;
    let ticking = false;
    const tick = (t: number) => {
      if (!b.recording) {
        ticking = false;
        return;
      }
      if (last) b.frames.push(t - last);
      last = t;
      w.requestAnimationFrame(tick);
    };
    const b = {
      lastDown: 0,
      downSeen: 0,
      longTasks: [] as number[],
      frames: [] as number[],
      recording: false,
      record(on: boolean) {
        b.recording = on;
        if (on && !ticking) {
          ticking = true;
          last = 0;
          w.requestAnimationFrame(tick);
        }
      },
    };
    w.__bench = b;
    w.document.addEventListener(
      'pointerdown',
      (e) => {
        b.lastDown = e.timeStamp;
        b.downSeen = w.performance.now();
      },
      { capture: true },
    );
    new w.PerformanceObserver((list) => {
      if (b.recording) for (const e of list.getEntries()) b.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

/** Ms from the touch (the pointerdown's timestamp) to: the page's first handler seeing it, the results' commit, their paint. */
export interface KeyTimes {
  reached: number;
  committed: number;
  painted: number;
}

/**
 * Resolves with the times from the last pointerdown to the first paint after the results for `q` were committed
 * (the frame after the commit: rAF, then a task after that frame's paint), to the commit itself, and to the
 * moment the page's first pointerdown listener ran (the rest of the touch's way to the page is Chromium's).
 */
export function armResultsPainted(page: Page, q: string): Promise<KeyTimes> {
  return page.evaluate(
    (query) =>
      new Promise<KeyTimes>((resolve) => {
        const w = globalThis as unknown as PageGlobals;
        const done = () => {
          const b = w.__bench!;
          const committed = w.performance.now() - b.lastDown;
          w.requestAnimationFrame(() => {
            const ch = new w.MessageChannel();
            ch.port1.onmessage = () => resolve({ reached: b.downSeen - b.lastDown, committed, painted: w.performance.now() - b.lastDown });
            ch.port2.postMessage(0);
          });
        };
        const sel = `.search-results[data-query="${CSS.escape(query)}"]`;
        if (w.document.querySelector(sel)) return done();
        const mo = new w.MutationObserver(() => {
          if (w.document.querySelector(sel)) {
            mo.disconnect();
            done();
          }
        });
        mo.observe(w.document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
      }),
    q,
  );
}

/** The raw API round trip for the same query from the page: the baseline the UI's keystroke time is compared to. */
export function apiRoundTrip(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    const w = globalThis as unknown as PageGlobals;
    const t0 = w.performance.now();
    const r = await w.fetch('/api/search', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q: query, limit: 24 }) });
    await r.json();
    return w.performance.now() - t0;
  }, q);
}

export async function recording(page: Page, on: boolean): Promise<{ longTasks: number[]; frames: number[] }> {
  return page.evaluate((flag) => {
    const b = (globalThis as unknown as PageGlobals).__bench!;
    const out = { longTasks: b.longTasks, frames: b.frames };
    b.longTasks = [];
    b.frames = [];
    b.record(flag);
    return out;
  }, on);
}

/** Centre of an element on screen, for touch input through the DevTools protocol. */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A finger tap at a point: touchstart and touchend, as a touchscreen sends them. */
export async function tapAt(cdp: CDPSession, p: { x: number; y: number }): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: p.x, y: p.y, id: 1 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

declare const CSS: { escape(s: string): string };
