import { openArchive } from '../../../archive/archive';
import { upsertExhibit } from '../../../archive/content/exhibit-write';
import { prepareMedia } from '../../../archive/media/prepare';
import { registerMedia } from '../../../archive/media/register';
import { makeJpeg } from '../../support/images';
import { expect, test } from '../fixtures';
import { checkTouchTargets, pinchOut, startVisit, swipe, VIEWPORTS, waitScreen } from './helpers';

for (const vp of VIEWPORTS) {
  test.describe(`a visit (${vp.name})`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('attract → home → each gallery → exhibit → viewer pinch-zoom → swipe to next → back', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
      await startVisit(page, kiosk.url);
      const galleries = ['英模肖像', '老兵影像展', '双拥三十年'];
      for (const name of galleries) {
        await expect(page.getByRole('button', { name: new RegExp(name) })).toBeVisible();
      }
      expect(await checkTouchTargets(page)).toEqual([]);

      for (const name of galleries) {
        await page.getByRole('button', { name: new RegExp(name) }).tap();
        await waitScreen(page, 'gallery');
        await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
        const tiles = page.locator('.vgrid .tile');
        await expect(tiles.first()).toBeVisible();
        expect(await checkTouchTargets(page)).toEqual([]);
        await page.getByRole('button', { name: '返回' }).tap();
        await waitScreen(page, 'home');
      }

      // The portraits: open the first hero, look at the photo, zoom in with two fingers.
      await page.getByRole('button', { name: /英模肖像/ }).tap();
      await waitScreen(page, 'gallery');
      const first = page.locator('.vgrid .tile').first();
      const firstName = (await first.locator('.tile-name').innerText()).replace(/中文$/, '').trim();
      await expect(first.getByRole('note', { name: /示例/ })).toBeVisible();
      await first.tap();
      await waitScreen(page, 'exhibit');
      await expect(page.getByRole('heading', { level: 1 })).toContainText(firstName);
      await expect(page.getByRole('note', { name: /示例/ }).first()).toBeVisible();
      expect(await checkTouchTargets(page)).toEqual([]);

      await page.getByRole('button', { name: new RegExp(`查看大图：${firstName}`) }).tap();
      const viewer = page.locator('.pswp');
      await expect(page.locator('.pswp[data-ready="true"]')).toBeVisible();
      await expect(viewer.getByRole('button', { name: '关闭' })).toBeVisible();
      const img = viewer.locator('.pswp__item:not([aria-hidden="true"]) img.pswp__img').last();
      await expect(img).toBeVisible();
      await expect.poll(() => img.evaluate((el) => (el as unknown as { currentSrc: string }).currentSrc)).toContain('/screen');
      await pinchOut(page, img);
      await expect(viewer).toHaveClass(/pswp--zoomed-in/);
      await viewer.getByRole('button', { name: '关闭' }).tap();
      await expect(viewer).toHaveCount(0);

      // A leftward swipe moves to the next exhibit in gallery order; "back" still returns to the gallery.
      const url = page.url();
      await swipe(page, page.locator('.exhibit-info'), -420);
      await expect.poll(() => page.url()).not.toBe(url);
      await waitScreen(page, 'exhibit');
      await expect(page.getByRole('heading', { level: 1 })).not.toContainText(firstName);
      await page.getByRole('button', { name: '上一件' }).tap();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(firstName);
      await page.getByRole('button', { name: '返回' }).tap();
      await waitScreen(page, 'gallery');
      await page.getByRole('button', { name: '首页' }).tap();
      await waitScreen(page, 'home');

      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });

    test('a veteran album opens its photo strip and the viewer swipes between photos', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
      await startVisit(page, kiosk.url);
      await page.getByRole('button', { name: /老兵影像展/ }).tap();
      await waitScreen(page, 'gallery');
      await page.locator('.vgrid .tile').first().tap();
      await waitScreen(page, 'exhibit');
      const strip = page.locator('.exhibit-strip button');
      expect(await strip.count()).toBeGreaterThan(1);
      await strip.nth(1).tap();
      const viewer = page.locator('.pswp');
      await expect(page.locator('.pswp[data-ready="true"]')).toBeVisible();
      await expect(viewer.locator('.pswp__counter')).toHaveText(/^2 \/ \d+$/);
      await viewer.getByRole('button', { name: '下一张' }).tap();
      await expect(viewer.locator('.pswp__counter')).toHaveText(/^3 \/ \d+$/);
      await viewer.getByRole('button', { name: '关闭' }).tap();
      await expect(viewer).toHaveCount(0);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  });
}

test('the viewer shows the screen-size image first and fetches the full resolution only when zoomed', async ({ page, kiosk, consoleErrors }) => {
  // A large scan, larger than the screen derivative, at the head of the portraits.
  const prepared = await prepareMedia(kiosk.archiveDir, await makeJpeg(3000, 2000, 7), 'large-scan.jpg', 'large-scan.jpg');
  const archive = openArchive(kiosk.archiveDir);
  try {
    archive.db.transaction(() => {
      registerMedia(archive.db, prepared, { alt: { zh: '大幅照片' }, sample: true }, 'e2e-test');
      upsertExhibit(archive.db, { uid: 'large-scan', collection: 'heroes', status: 'published', sample: true, sortOrder: -100, name: { zh: '大幅照片测试' }, media: [{ sha256: prepared.sha256 }], cover: prepared.sha256 }, 'e2e-test');
    })();
  } finally {
    archive.close();
  }
  const fetched: string[] = [];
  page.on('request', (r) => r.url().includes(prepared.sha256) && fetched.push(new URL(r.url()).pathname.split('/').pop()!));
  await startVisit(page, kiosk.url);
  await page.getByRole('button', { name: /英模肖像/ }).tap();
  await waitScreen(page, 'gallery');
  await page.getByRole('button', { name: /大幅照片测试/ }).tap();
  await waitScreen(page, 'exhibit');
  await page.getByRole('button', { name: /查看大图：大幅照片测试/ }).tap();
  const viewer = page.locator('.pswp');
  await expect(page.locator('.pswp[data-ready="true"]')).toBeVisible();
  const img = viewer.locator('.pswp__item:not([aria-hidden="true"]) img.pswp__img').last();
  await expect.poll(() => img.evaluate((el) => (el as unknown as { currentSrc: string }).currentSrc)).toMatch(/\/screen$/);
  expect(fetched).not.toContain('original');
  await pinchOut(page, img, 400);
  await expect(viewer).toHaveClass(/pswp--zoomed-in/);
  await expect.poll(() => img.evaluate((el) => (el as unknown as { currentSrc: string }).currentSrc)).toMatch(/\/original$/);
  expect(fetched).toContain('original');
  // Double-tap zooms out again.
  await img.tap();
  await img.tap();
  await expect(viewer).not.toHaveClass(/pswp--zoomed-in/);
  await viewer.getByRole('button', { name: '关闭' }).tap();
  expect(consoleErrors).toEqual([]);
});
