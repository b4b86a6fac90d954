import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { flingUp, pinchOut, setKioskSettings, startVisit, VIEWPORTS, waitScreen } from './helpers';

/** Moves the page's clock a second at a time (so every countdown tick runs) until `done` holds. */
async function advanceUntil(page: Page, done: () => Promise<boolean>, maxSeconds: number): Promise<void> {
  for (let i = 0; i < maxSeconds && !(await done()); i++) {
    await page.clock.fastForward(1000);
    await page.waitForTimeout(50);
  }
  expect(await done()).toBe(true);
}

/** A visitor changes everything that can be changed: language, reading aids, sort, scroll, an open zoomed photo. */
async function changeEverything(page: Page): Promise<void> {
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).tap();
  await page.getByRole('button', { name: 'Easier reading' }).tap();
  await page.getByRole('switch', { name: 'Large text' }).tap();
  await page.getByRole('switch', { name: 'High contrast' }).tap();
  await page.getByRole('switch', { name: 'Less motion' }).tap();
  await page.getByRole('button', { name: 'Done' }).tap();
  await expect(page.locator('html')).toHaveAttribute('data-large-text', 'true');
  await page.getByRole('button', { name: /Portraits of heroes/ }).tap();
  await waitScreen(page, 'gallery');
  await page.getByRole('button', { name: 'By name' }).tap();
  await flingUp(page, page.locator('.vgrid'), 500);
  await expect.poll(() => page.locator('.vgrid').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.locator('.vgrid .tile').first().tap();
  await waitScreen(page, 'exhibit');
  await page.locator('.exhibit-hero').tap();
  await expect(page.locator('.pswp[data-ready="true"]')).toBeVisible();
  const img = page.locator('.pswp .pswp__item:not([aria-hidden="true"]) img.pswp__img').last();
  await expect(img).toBeVisible();
  await pinchOut(page, img);
  await expect(page.locator('.pswp')).toHaveClass(/pswp--zoomed-in/);
}

for (const vp of VIEWPORTS) {
  test.describe(`idle reset (${vp.name})`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('"Still there?" counts down, then everything goes back to its default for the next visitor', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
      setKioskSettings(kiosk.archiveDir, { idleSeconds: 10, countdownSeconds: 5 });
      await page.clock.install();
      await startVisit(page, kiosk.url);
      await changeEverything(page);

      const dialog = page.getByRole('dialog', { name: 'Still there?' });
      await advanceUntil(page, () => dialog.isVisible(), 12);
      await expect(dialog.getByRole('button', { name: 'Continue' })).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Start over' })).toBeVisible();
      await advanceUntil(page, async () => (await page.locator('html[data-screen="attract"]').count()) === 1, 8);

      // Everything is back to its default: language, reading aids, viewer, zoom.
      await waitScreen(page, 'attract');
      await expect(page.locator('.pswp')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      await expect(page.locator('html')).toHaveAttribute('data-large-text', 'false');
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
      await expect(page.locator('html')).not.toHaveAttribute('data-motion', 'reduced');
      await page.getByRole('button', { name: /触摸开始/ }).tap();
      await waitScreen(page, 'home');
      // …the gallery's sort, filters and scroll…
      await page.getByRole('button', { name: /英模肖像/ }).tap();
      await waitScreen(page, 'gallery');
      await expect(page.getByRole('button', { name: '推荐顺序' })).toHaveAttribute('aria-pressed', 'true');
      expect(await page.locator('.vgrid').evaluate((el) => el.scrollTop)).toBe(0);
      // …and the search text.
      await page.getByRole('button', { name: '首页' }).tap();
      await page.getByRole('button', { name: /查找人物与故事/ }).tap();
      await waitScreen(page, 'search');
      await expect(page.locator('.search-text')).toHaveText('');
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });

    test('"Continue" keeps the visit as it was', async ({ page, kiosk, consoleErrors }) => {
      setKioskSettings(kiosk.archiveDir, { idleSeconds: 10, countdownSeconds: 5 });
      await page.clock.install();
      await startVisit(page, kiosk.url);
      await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).tap();
      await page.getByRole('button', { name: /Timeline/ }).tap();
      await waitScreen(page, 'timeline');
      const dialog = page.getByRole('dialog', { name: 'Still there?' });
      await advanceUntil(page, () => dialog.isVisible(), 12);
      await dialog.getByRole('button', { name: 'Continue' }).tap();
      await expect(dialog).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await waitScreen(page, 'timeline');
      expect(consoleErrors).toEqual([]);
    });
  });
}
