import type { CDPSession, Locator, Page } from '@playwright/test';
import { openArchive } from '../../../archive/archive';
import { writeSettings } from '../../../archive/content/settings';
import type { KioskSettings } from '../../../archive/api/contract';
import { expect, waitReady } from '../fixtures';
import type { BrowserGlobals, PageNode } from './browser';

export const VIEWPORTS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

/** Waits for a named screen to say it is interactive (html[data-screen][data-ready]). */
export async function waitScreen(page: Page, screen: string): Promise<void> {
  await expect(page.locator(`html[data-screen="${screen}"][data-ready="true"]`)).toBeAttached();
}

/** Opens the kiosk on its attract loop and touches it: the visit starts on the home screen. */
export async function startVisit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitReady(page);
  await waitScreen(page, 'attract');
  await page.getByRole('button', { name: /触摸开始/ }).tap();
  await waitScreen(page, 'home');
}

/** Changes kiosk settings in the archive the serve shell is using (it reads them on every getKioskInfo). */
export function setKioskSettings(archiveDir: string, patch: Partial<KioskSettings>): void {
  const archive = openArchive(archiveDir);
  try {
    writeSettings(archive.db, patch, 'e2e-test');
  } finally {
    archive.close();
  }
}

async function cdp(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

async function centre(target: Locator): Promise<{ x: number; y: number }> {
  const box = await target.boundingBox();
  if (!box) throw new Error('element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A real two-finger pinch (touch events through the DevTools protocol), spreading the fingers apart. */
export async function pinchOut(page: Page, target: Locator, spread = 260): Promise<void> {
  const s = await cdp(page);
  const c = await centre(target);
  const points = (d: number) => [
    { x: c.x - 30 - d, y: c.y, id: 0 },
    { x: c.x + 30 + d, y: c.y, id: 1 },
  ];
  await s.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let i = 1; i <= 12; i++) {
    await s.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points((spread * i) / 12) });
  }
  await s.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await s.detach();
}

/** A one-finger horizontal swipe (negative dx: leftwards, "next"). */
export async function swipe(page: Page, target: Locator, dx: number): Promise<void> {
  const s = await cdp(page);
  const c = await centre(target);
  await s.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: c.x, y: c.y, id: 0 }] });
  for (let i = 1; i <= 8; i++) {
    await s.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: c.x + (dx * i) / 8, y: c.y, id: 0 }] });
  }
  await s.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await s.detach();
}

/** A one-finger vertical fling on a scroller. */
export async function flingUp(page: Page, target: Locator, dy: number): Promise<void> {
  const s = await cdp(page);
  const c = await centre(target);
  await s.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: c.x, y: c.y, id: 0 }] });
  for (let i = 1; i <= 6; i++) {
    await s.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: c.x, y: c.y - (dy * i) / 6, id: 0 }] });
  }
  await s.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await s.detach();
  // Returns once the momentum has run out: a tap while the list still glides only stops it (as a finger
  // does), and the test's next tap would land on nothing.
  await scrollSettled(target);
}

/**
 * Waits until a scroller has stopped moving (the same position twice, 100 ms apart): after a fling's
 * momentum, or a smooth scroll the app started, which a test's next touch would otherwise race.
 */
export async function scrollSettled(target: Locator): Promise<void> {
  let last = '';
  await expect
    .poll(async () => {
      const at = await target.evaluate((el) => `${el.scrollLeft},${el.scrollTop}`);
      const still = at === last;
      last = at;
      return still;
    }, { intervals: [100] })
    .toBe(true);
}

/** Every visible button or switch on screen must be at least 48×48 CSS pixels and have a name. */
export async function checkTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, getComputedStyle, innerHeight, innerWidth } = globalThis as unknown as BrowserGlobals;
    const problems: string[] = [];
    const nameOf = (el: PageNode) => {
      const label = el.getAttribute('aria-label') ?? '';
      const by = el.getAttribute('aria-labelledby');
      const ref = by ? (document.getElementById(by)?.textContent ?? '') : '';
      return (label || ref || el.innerText || el.querySelector('img')?.getAttribute('alt') || '').trim();
    };
    for (const el of Array.from(document.querySelectorAll('button, [role="button"], [role="switch"], a[href]'))) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('[aria-hidden="true"]')) continue;
      if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
      const what = `${el.tagName.toLowerCase()}.${String(el.className)} "${nameOf(el).slice(0, 30)}"`;
      if (r.width < 47.5 || r.height < 47.5) problems.push(`${what} is ${Math.round(r.width)}×${Math.round(r.height)}`);
      if (!nameOf(el)) problems.push(`${what} has no accessible name`);
    }
    return problems;
  });
}
