import { expect, test } from '../fixtures';
import { firstSignIn, shot } from './helpers';

// Signing in hashes PINs with scrypt and each test copies the demo archive: slow on a busy 2-core machine.
test.describe.configure({ timeout: 150_000 });

/** Two or more English words in a row: a sentence that escaped translation. */
const ENGLISH_SENTENCE = /[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

test('translation review shows the Chinese, the English for reference and the Mongolian upright, by where visitors see it', async ({ page, kiosk, consoleErrors }) => {
  await firstSignIn(page, kiosk.url);
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('button', { name: '翻译审校', exact: true }).tap();

  // Content: grouped by the page it is on, each text with its Chinese source and the English beside it.
  const gallery = page.getByRole('region', { name: '展区：英模肖像' });
  await expect(gallery.getByRole('heading', { name: /^展区：英模肖像/ })).toBeVisible({ timeout: 30_000 });
  const title = gallery.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '展区名称' }) });
  await expect(title.locator('.cur-review-source')).toHaveText('英模肖像');
  await expect(title.locator('.cur-review-reference')).toHaveText('Portraits of heroes');
  // The preview is set the way the kiosk sets traditional Mongolian: top to bottom, in the bundled font.
  const preview = title.locator('.cur-mn-vertical');
  await expect(preview).toBeVisible();
  const look = await preview.evaluate((e) => {
    const w = globalThis as unknown as { getComputedStyle(e: unknown): { writingMode: string; fontFamily: string }; document: { fonts: { check(font: string, text: string): boolean } } };
    const s = w.getComputedStyle(e);
    return { writingMode: s.writingMode, fontFamily: s.fontFamily, loaded: w.document.fonts.check('22px "Noto Sans Mongolian"', 'ᠮᠣᠩᠭᠣᠯ') };
  });
  expect(look).toEqual({ writingMode: 'vertical-lr', fontFamily: expect.stringContaining('Noto Sans Mongolian'), loaded: true });
  const before = await page.locator('.cur-count').first().innerText();
  await title.getByRole('button', { name: '确认无误：展区：英模肖像 · 展区名称' }).tap();
  await expect(page.locator('.cur-count').first()).not.toHaveText(before);
  await expect(gallery.getByRole('heading', { name: '展区名称' })).toHaveCount(0);
  // An exhibit's texts are under the collection and the exhibit's name.
  await expect(page.getByRole('heading', { name: /^英模肖像 › / }).first()).toBeVisible();
  await page.screenshot({ path: shot('review-content') });

  // Interface text: by screen, never by the catalogue's key.
  await page.getByRole('tab', { name: '展示屏界面文字' }).tap();
  await expect(page.getByRole('heading', { name: /^展示屏：待机画面与无人操作提示/ })).toBeVisible();
  await page.getByLabel('显示在哪里').selectOption({ label: (await page.getByLabel('显示在哪里').locator('option', { hasText: '展示屏：首页' }).innerText()).trim() });
  const home = page.getByRole('region', { name: '展示屏：首页' });
  await expect(home.getByText('查找人物与故事', { exact: true })).toBeVisible();
  await expect(home.getByText('Find a person or a story', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^展示屏：待机画面/ })).toHaveCount(0);
  expect(await page.locator('.cur-review-list').innerText()).not.toMatch(/\b(home|app|gallery)\.[a-z]+/);
  const row = home.getByRole('listitem').filter({ hasText: '查找人物与故事' });
  await row.getByRole('button', { name: /^确认无误：展示屏：首页 · / }).tap();
  await expect(row).toHaveCount(0);
  await page.getByText('也显示已确认的').tap();
  await expect(home.getByRole('listitem').filter({ hasText: '查找人物与故事' }).getByText('已确认')).toBeVisible();
  await page.screenshot({ path: shot('review-ui-home') });
  expect(consoleErrors).toEqual([]);
});

test('a refused publication lists each problem, where it is and what to do; field problems read as Chinese beside their fields', async ({ page, kiosk, consoleErrors }) => {
  await firstSignIn(page, kiosk.url);
  await page.getByRole('button', { name: '新建展品' }).tap();
  await page.getByRole('textbox', { name: '姓名（中文）' }).fill('巴特尔');
  await page.getByRole('textbox', { name: '出生年份' }).fill('1990');
  await page.getByRole('textbox', { name: '逝世年份' }).fill('1950');
  await page.getByRole('button', { name: '保存', exact: true }).tap();
  await expect(page.getByText('逝世年份早于出生年份，请检查这两个年份。')).toBeVisible();

  await page.getByRole('textbox', { name: '出生年份' }).fill('1931');
  await page.getByRole('textbox', { name: '逝世年份' }).fill('');
  await page.getByRole('textbox', { name: '事迹（中文）' }).fill('长期驻守边境。了解详情请致电 13812345678。');
  await page.getByRole('button', { name: '保存', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByRole('button', { name: '发布', exact: true }).tap();
  const alert = page.locator('.cur-error[role=alert]');
  await expect(alert).toContainText(/^已保存为草稿，但没有发布：内容检查发现 \d+ 个会阻止发布的问题。/);
  const phone = alert.getByRole('listitem').filter({ hasText: '含有电话号码（13812345678）' });
  await expect(phone.locator('.cur-blocked-where')).toHaveText('事迹');
  await expect(phone).toContainText('建议：请删掉：公共展示屏上不应出现电话号码。');
  await expect(alert).toContainText('如果某条确有理由保留，可以到“内容检查”页写明理由后豁免。');
  expect(await alert.innerText()).not.toMatch(ENGLISH_SENTENCE);
  await alert.getByRole('button', { name: '打开“内容检查”页' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: '内容检查' })).toBeVisible();
  await expect(page.locator('.cur-finding').filter({ hasText: '巴特尔' }).first()).toBeVisible({ timeout: 60_000 });

  // Kiosk settings: a number out of range is refused beside its own field.
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('button', { name: '展示设置', exact: true }).tap();
  await page.getByLabel('无人操作多少秒后提示（秒）').fill('3');
  await page.getByRole('button', { name: '保存', exact: true }).tap();
  await expect(page.locator('.cur-field-invalid').filter({ hasText: '无人操作多少秒后提示' })).toContainText('数值太小，最小为 10。');
  expect(consoleErrors).toEqual([]);
});
