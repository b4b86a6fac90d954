import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { firstSignIn, shot, type BrowserGlobals, type PageElement } from './helpers';

// Signing in hashes PINs with scrypt and each test copies the demo archive: slow on a busy 2-core machine.
test.describe.configure({ timeout: 150_000 });

/** Controls without an accessible name (by aria-label, aria-labelledby, a <label>, or their own text). */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as BrowserGlobals;
    const named = (el: PageElement): boolean => {
      if (el.getAttribute('aria-label')?.trim()) return true;
      const by = el.getAttribute('aria-labelledby');
      if (by && by.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return true;
      if (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') return Array.from(el.labels ?? []).some((l) => l.textContent?.trim());
      return Boolean(el.textContent?.trim());
    };
    return Array.from(document.querySelectorAll('.cur button, .cur input, .cur select, .cur textarea, .cur a[href]'))
      .filter((el) => !(el.tagName === 'INPUT' && el.type === 'hidden'))
      .filter((el) => !named(el))
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

const SCREENS: { nav: string; heading: string; file: string }[] = [
  { nav: '展品', heading: '展品', file: 'exhibits' },
  { nav: '展区', heading: '展区', file: 'collections' },
  { nav: '批量导入', heading: '批量导入', file: 'import' },
  { nav: '内容检查', heading: '内容检查', file: 'check' },
  { nav: '翻译审校', heading: '翻译审校', file: 'review' },
  { nav: '修改记录', heading: '修改记录', file: 'history' },
  { nav: '展示设置', heading: '展示设置', file: 'settings' },
  { nav: '策展人', heading: '策展人', file: 'curators' },
];

test('every workspace screen opens from the menu, names every control, and logs no errors', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
  await firstSignIn(page, kiosk.url);
  const nav = page.getByRole('navigation', { name: '工作台导航' });
  for (const s of SCREENS) {
    await nav.getByRole('button', { name: s.nav, exact: true }).tap();
    await expect(page.getByRole('heading', { level: 1, name: s.heading, exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('正在载入…')).toHaveCount(0, { timeout: 30_000 });
    expect(await unnamedControls(page), s.file).toEqual([]);
    await page.screenshot({ path: shot(`screen-${s.file}`) });
  }
  // An exhibit from the demo archive in the editor, tall enough to see every section.
  await nav.getByRole('button', { name: '展品', exact: true }).tap();
  await page.getByRole('button', { name: /^编辑 / }).first().tap();
  await expect(page.getByRole('heading', { name: /^编辑展品：/ })).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
  await page.setViewportSize({ width: 1920, height: 3200 });
  await page.screenshot({ path: shot('screen-editor') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  // The interface in English too.
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('navigation', { name: 'Workspace' })).toBeVisible();
  await page.getByRole('button', { name: 'Translation review', exact: true }).tap();
  await page.getByRole('tab', { name: 'Kiosk interface text' }).tap();
  await expect(page.getByText(/waiting for review/).first()).toBeVisible();
  await page.screenshot({ path: shot('screen-review-ui-en') });
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
