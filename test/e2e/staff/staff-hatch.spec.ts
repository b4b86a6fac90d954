import type { Page } from '@playwright/test';
import { expect, test, waitReady } from '../fixtures';

// The demo archive's administrator PIN (archive/curation/demo-curator.ts, published in the README).
const DEMO_PIN = '246810';

async function cornerTap(page: Page, corner: 'tl' | 'tr' | 'br' | 'bl') {
  const { width, height } = page.viewportSize()!;
  const x = corner === 'tl' || corner === 'bl' ? 12 : width - 12;
  const y = corner === 'tl' || corner === 'tr' ? 12 : height - 12;
  await page.touchscreen.tap(x, y);
}

/** Taps the four corners clockwise and presses the top-left one until the hatch opens (or `holdMs` passes). */
async function staffGesture(page: Page, order: ('tl' | 'tr' | 'br' | 'bl')[] = ['tl', 'tr', 'br', 'bl']) {
  for (const c of order) await cornerTap(page, c);
  await page.mouse.move(12, 12);
  await page.mouse.down();
}

test('staff open the hidden hatch with the corner gesture and the curator PIN', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
  await page.goto(kiosk.url);
  await waitReady(page);
  const hatch = page.getByRole('dialog', { name: '工作人员入口 · Staff' });

  // The wrong order, held just as long, opens nothing.
  await staffGesture(page, ['tl', 'br', 'tr', 'bl']);
  await page.waitForTimeout(2500);
  await page.mouse.up();
  await expect(hatch).toHaveCount(0);

  await staffGesture(page);
  await expect(hatch).toBeVisible();
  await page.mouse.up();

  // A wrong PIN is refused with a message; nothing else is offered.
  for (const d of '1111') await hatch.getByRole('button', { name: d, exact: true }).tap();
  await hatch.getByRole('button', { name: '确定 · OK' }).tap();
  await expect(hatch.getByRole('alert')).toBeVisible();
  await expect(hatch.getByRole('button', { name: /打开管理工作区/ })).toHaveCount(0);

  for (let i = 0; i < 4; i++) await hatch.getByRole('button', { name: '删除一位 · Delete' }).tap();
  for (const d of DEMO_PIN) await hatch.getByRole('button', { name: d, exact: true }).tap();
  await hatch.getByRole('button', { name: '确定 · OK' }).tap();

  // The browser shell cannot restart itself: the hatch says why instead of pretending.
  const restart = hatch.getByRole('button', { name: /重新启动展台/ });
  await expect(restart).toBeDisabled();
  await expect(hatch.getByText(/展台在浏览器中运行/).first()).toBeVisible();

  await hatch.getByRole('button', { name: /打开管理工作区/ }).tap();
  await expect(page).toHaveURL(/\/curator/);
  expect(consoleErrors.filter((e) => !/401|UNAUTHORISED/.test(e))).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('the hatch closes by itself and signs out when staff walk away', async ({ page, kiosk }) => {
  await page.clock.install();
  await page.goto(kiosk.url);
  await waitReady(page);
  const hatch = page.getByRole('dialog', { name: '工作人员入口 · Staff' });
  for (const c of ['tl', 'tr', 'br', 'bl'] as const) await cornerTap(page, c);
  await page.mouse.move(12, 12);
  await page.mouse.down();
  await page.clock.runFor(2500);
  await page.mouse.up();
  await expect(hatch).toBeVisible();
  await page.clock.runFor(46_000);
  await expect(hatch).toHaveCount(0);
});
