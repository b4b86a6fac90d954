import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../../../archive/archive';
import { upsertExhibit } from '../../../archive/content/exhibit-write';
import type { Locator, Page } from '@playwright/test';
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

/** From the attract loop to the portraits gallery, its first tile on screen; returns the grid. */
async function openHeroes(page: Page, url: string): Promise<Locator> {
  await startVisit(page, url);
  await page.getByRole('button', { name: /英模肖像/ }).tap();
  await waitScreen(page, 'gallery');
  const grid = page.locator('.vgrid');
  await expect(grid.locator('.tile').first()).toBeVisible();
  return grid;
}

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
  const grid = await openHeroes(page, kiosk.url);
  const tiles = grid.locator('.tile');
  expect(await tiles.count()).toBeLessThan(120);
  await flingUp(page, grid, 700);
  await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await grid.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(grid.getByRole('button', { name: /测试人物1500/ })).toBeVisible();
  expect(await tiles.count()).toBeLessThan(120);
  expect(consoleErrors).toEqual([]);
});

test('a gallery tile reused for another exhibit never keeps the last one\'s picture', async ({ page, kiosk, consoleErrors }) => {
  // 600 exhibits whose covers cycle through the demo's pictures, every third with none, so rows leaving the
  // window hand their DOM to rows with other pictures and to rows without one.
  const covers = new Map<string, string | null>();
  const archive = openArchive(kiosk.archiveDir);
  try {
    const shas = archive.db.prepare<[], { sha256: string }>('SELECT sha256 FROM media ORDER BY sha256').all().map((r) => r.sha256);
    archive.db.transaction(() => {
      for (let i = 1; i <= 600; i++) {
        const sha = i % 3 === 0 ? null : shas[i % shas.length]!;
        upsertExhibit(archive.db, { uid: `cover-${i}`, collection: 'heroes', status: 'published', sample: true, sortOrder: 10_000 + i, name: { zh: `封面人物${i}` }, media: sha ? [{ sha256: sha }] : [] }, 'e2e-test');
      }
    })();
    for (const r of archive.db.prepare<[], { id: number; cover_sha256: string | null }>("SELECT e.id, e.cover_sha256 FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE c.slug = 'heroes'").all()) {
      covers.set(String(r.id), r.cover_sha256);
    }
  } finally {
    archive.close();
  }
  const grid = await openHeroes(page, kiosk.url);
  // Each picture element remembers the exhibit it was first seen in; one found in another exhibit's tile was
  // reused, and would show the old portrait beside the new name until the new picture loads. Counted on the
  // grid across every look, so a look taken while waiting counts too.
  interface Tagged {
    reused?: number;
    exhibit?: string;
    getAttribute(name: string): string | null;
    querySelector(selector: string): Tagged | null;
    querySelectorAll(selector: string): Iterable<Tagged>;
  }
  const look = () =>
    grid.evaluate((grid) => {
      const el = grid as unknown as Tagged;
      const seen: { id: string; src: string | null }[] = [];
      let reused = el.reused ?? 0;
      for (const tile of el.querySelectorAll('.tile[data-exhibit-id]')) {
        const id = tile.getAttribute('data-exhibit-id')!;
        const img = tile.querySelector('img');
        if (img) {
          if (img.exhibit !== undefined && img.exhibit !== id) reused++;
          img.exhibit = id;
        }
        seen.push({ id, src: img?.getAttribute('src') ?? null });
      }
      el.reused = reused;
      return { seen, reused };
    });
  // Row by row (pages already loaded, so tiles are updated in place), then in jumps (through skeletons).
  const rowStep = await grid.locator('.vgrid-row').first().evaluate((el) => el.getBoundingClientRect().height);
  const scrollRange = await grid.evaluate((el) => el.scrollHeight - el.clientHeight);
  const halfRows = Array.from({ length: 16 }, (_, k) => Math.round(((k + 1) * rowStep) / 2));
  const jumps = [0.4, 0.8, 1, 0.5, 0].map((f) => Math.round(f * scrollRange));
  for (const top of [...halfRows, ...jumps]) {
    await grid.evaluate((el, t) => el.scrollTo({ top: t }), top);
    await expect.poll(async () => (await grid.locator('.tile-skeleton').count()) === 0 && (await look()).seen.length > 20).toBe(true);
    const { seen, reused } = await look();
    expect(reused, `picture elements moved to another exhibit at scrollTop ${top}`).toBe(0);
    for (const s of seen) {
      const cover = covers.get(s.id);
      expect(s.src, `tile ${s.id}`).toBe(cover ? `/media/${cover}/thumb` : null);
    }
  }
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
