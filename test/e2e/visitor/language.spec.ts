import { openArchive } from '../../../archive/archive';
import { expect, test } from '../fixtures';
import type { BrowserGlobals } from './browser';
import { checkTouchTargets, startVisit, VIEWPORTS, waitScreen } from './helpers';

for (const vp of VIEWPORTS) {
  test.describe(`languages (${vp.name})`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('Mongolian runs vertically in traditional script; English everywhere; missing translations fall back to Chinese with a marker', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
      await startVisit(page, kiosk.url);
      const languages = page.getByRole('group', { name: '语言' });
      await languages.getByRole('button', { name: 'ᠮᠣᠩᠭᠣᠯ' }).tap();
      await expect(page.locator('html')).toHaveAttribute('lang', 'mn-Mong');
      await expect(page.getByRole('button', { name: 'ᠡᠬᠢ ᠨᠢᠭᠤᠷ' })).toBeVisible();
      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toHaveCSS('writing-mode', 'vertical-lr');
      // The Mongolian glyphs come from the bundled font (system fonts show empty boxes).
      expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.fonts.check('40px "Noto Sans Mongolian"', 'ᠮᠣᠩᠭᠣᠯ'))).toBe(true);
      await expect(page.getByRole('button', { name: /ᠬᠠᠢᠬᠤ/ })).toBeVisible();
      expect(await checkTouchTargets(page)).toEqual([]);

      // A gallery in Mongolian: its title is vertical too, the tiles keep their sample mark in Mongolian.
      await page.locator('.gallery-card').first().tap();
      await waitScreen(page, 'gallery');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('writing-mode', 'vertical-lr');
      await expect(page.locator('.vgrid .tile').first().getByRole('note', { name: /ᠵᠢᠱᠢᠶ/ })).toBeVisible();
      expect(await checkTouchTargets(page)).toEqual([]);

      // English: the same screen reads in English.
      await page.getByRole('group', { name: 'ᠬᠡᠯᠡ' }).getByRole('button', { name: 'English' }).tap();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('button', { name: 'Home' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Order' }).getByRole('button', { name: 'Curated' })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.vgrid .tile').first().getByRole('note', { name: /Sample/ })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('writing-mode', 'horizontal-tb');

      // A field with no English translation shows the Chinese text with a visible "中文" marker.
      await page.locator('.vgrid .tile').first().tap();
      await waitScreen(page, 'exhibit');
      const fallback = page.getByRole('note', { name: 'Not yet translated: shown in Chinese' });
      const missing = await page.locator('[data-fallback]').count();
      await expect(fallback).toHaveCount(missing);
      for (const el of await page.locator('[data-fallback]').all()) await expect(el).toHaveAttribute('lang', 'zh-Hans');
      expect(await checkTouchTargets(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  });
}

test('curator overrides of UI strings replace the built-in wording at start-up', async ({ page, kiosk }) => {
  const archive = openArchive(kiosk.archiveDir);
  try {
    const put = archive.db.prepare(`INSERT INTO ui_string_overrides (lang, key, value, reviewed, updated_by) VALUES (?, ?, ?, 1, 'e2e-test')`);
    put.run('zh', 'home.timeline', '大事年表');
    put.run('zh', 'home.count', '展品 {{wrong}}');
  } finally {
    archive.close();
  }
  await startVisit(page, kiosk.url);
  await expect(page.getByRole('button', { name: /大事年表/ })).toBeVisible();
  // An override that breaks a placeholder is ignored, never shown as raw braces.
  await expect(page.getByText(/\{\{/)).toHaveCount(0);
  await expect(page.getByText(/\d+ 件展品/).first()).toBeVisible();
});
