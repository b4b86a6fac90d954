import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../../../archive/archive';
import { upsertExhibit } from '../../../archive/content/exhibit-write';
import { expect, test } from '../fixtures';
import type { BrowserGlobals } from './browser';
import { flingUp, startVisit, waitScreen } from './helpers';

test('touch policy: no long-press menu, no selection, no image drag, no page zoom outside the viewer', async ({ page, kiosk }) => {
  await startVisit(page, kiosk.url);
  const verdicts = await page.evaluate(() => {
    const { document, getComputedStyle, Event, MouseEvent, DragEvent, WheelEvent } = globalThis as unknown as BrowserGlobals;
    const target = document.querySelector('.gallery-card')!;
    const fire = (e: { defaultPrevented: boolean }) => {
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const html = getComputedStyle(document.documentElement);
    return {
      contextmenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
      dragstart: fire(new DragEvent('dragstart', { bubbles: true, cancelable: true })),
      selectstart: fire(new Event('selectstart', { bubbles: true, cancelable: true })),
      ctrlWheel: fire(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 })),
      userSelect: html.userSelect,
      touchAction: html.touchAction,
      overscroll: html.overscrollBehaviorX,
      imagesDraggable: Array.from(document.images).filter((i) => i.draggable).length,
    };
  });
  expect(verdicts).toEqual({ contextmenu: true, dragstart: true, selectstart: true, ctrlWheel: true, userSelect: 'none', touchAction: 'pan-x pan-y', overscroll: 'none', imagesDraggable: 0 });
});

test('a screen that breaks shows a calm message, never a stack trace, and goes home by itself', async ({ page, kiosk }) => {
  // The archive answers an exhibit with something the screen cannot draw.
  await page.route('**/api/getExhibit', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { id: 1 } }) }));
  await page.clock.install();
  await startVisit(page, kiosk.url);
  await page.getByRole('button', { name: /英模肖像/ }).tap();
  await waitScreen(page, 'gallery');
  await page.locator('.vgrid .tile').first().tap();
  await waitScreen(page, 'error');
  await expect(page.getByText('出了点小问题')).toBeVisible();
  await expect(page.getByText(/TypeError|undefined|at \w+ \(/)).toHaveCount(0);
  for (let i = 0; i < 10 && (await page.locator('html[data-screen="home"]').count()) === 0; i++) await page.clock.fastForward(1000);
  await waitScreen(page, 'home');
});

test('the preview banner shows while a curator previews drafts', async ({ page, kiosk }) => {
  await page.route('**/api/getKioskInfo', async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { ok: boolean; value: { preview: boolean } };
    body.value.preview = true;
    await route.fulfill({ response: res, body: JSON.stringify(body) });
  });
  await startVisit(page, kiosk.url);
  await expect(page.getByRole('status').filter({ hasText: '预览 Preview' })).toBeVisible();
});

test('the gallery grid is virtualised: 1,500 exhibits, a few dozen tiles in the page, the last one reachable', async ({ page, kiosk, consoleErrors }) => {
  const archive = openArchive(kiosk.archiveDir);
  try {
    archive.db.transaction(() => {
      for (let i = 1; i <= 1500; i++) {
        upsertExhibit(archive.db, { uid: `bulk-${i}`, collection: 'heroes', status: 'published', sample: true, sortOrder: 10_000 + i, name: { zh: `测试人物${i}` } }, 'e2e-test');
      }
    })();
  } finally {
    archive.close();
  }
  await startVisit(page, kiosk.url);
  await page.getByRole('button', { name: /英模肖像/ }).tap();
  await waitScreen(page, 'gallery');
  const grid = page.locator('.vgrid');
  const tiles = grid.locator('.tile');
  await expect(tiles.first()).toBeVisible();
  expect(await tiles.count()).toBeLessThan(120);
  await flingUp(page, grid, 700);
  await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(grid.getByRole('button', { name: /测试人物1500/ })).toBeVisible();
  expect(await tiles.count()).toBeLessThan(120);
  expect(consoleErrors).toEqual([]);
});

test('the built UI bundles its fonts as WOFF2, loads nothing remote, and keeps the curator workspace out of the first load', async ({ page, kiosk }) => {
  const dir = path.resolve(import.meta.dirname, '../../../out/renderer/assets');
  const files = fs.readdirSync(dir);
  for (const css of files.filter((f) => f.endsWith('.css'))) {
    const text = fs.readFileSync(path.join(dir, css), 'utf8');
    expect(text, css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    expect(text, css).not.toMatch(/@import\s+url\(\s*['"]?https?:/);
  }
  expect(files.some((f) => /^noto-sans-mongolian-mongolian-400-normal.*\.woff2$/.test(f))).toBe(true);
  expect(files.filter((f) => f.endsWith('.woff'))).toEqual([]);
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await startVisit(page, kiosk.url);
  expect(loaded.filter((p) => /curator/i.test(p))).toEqual([]);
});
