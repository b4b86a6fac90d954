import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { checkTouchTargets, startVisit, VIEWPORTS, waitScreen } from './helpers';

/** Types on the kiosk's own keyboard, one key at a time, as a visitor would. */
async function typeKeys(page: Page, text: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: '屏幕键盘' });
  for (const ch of text) await keyboard.getByRole('button', { name: ch, exact: true }).tap();
}

/** From the attract loop to the search screen, the way a visitor gets there. */
async function openSearch(page: Page, url: string): Promise<void> {
  await startVisit(page, url);
  await page.getByRole('button', { name: /查找人物与故事/ }).tap();
  await waitScreen(page, 'search');
}

const results = (page: Page) => page.getByRole('region', { name: '查找结果' });

for (const vp of VIEWPORTS) {
  test.describe(`search (${vp.name})`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('pinyin initials, two characters, a typo, and the candidate bar', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
      // Per-key calls travel on the serve shell's own socket once it is open (and over HTTP before).
      const socketCalls: string[] = [];
      page.on('websocket', (ws) => {
        if (new URL(ws.url()).origin === new URL(kiosk.url).origin.replace(/^http/, 'ws')) ws.on('framesent', (f) => socketCalls.push(String(f.payload).split('\n')[1] ?? ''));
      });
      await openSearch(page, kiosk.url);
      expect(await checkTouchTargets(page)).toEqual([]);
      const field = page.getByRole('searchbox', { name: '查找内容' });

      // Initials of a name with a polyphonic surname: 单晓川 is Shàn Xiǎochuān.
      await typeKeys(page, 'sxc');
      await expect(field).toContainText('sxc');
      await expect(results(page).getByRole('button', { name: /单晓川/ })).toBeVisible();

      // Results follow every key; the candidate bar turns typed pinyin into characters: two of them here.
      await page.getByRole('button', { name: '清空' }).tap();
      await expect(field).not.toContainText('sxc');
      await typeKeys(page, 'zeng');
      // 曾立峰 matched by name: the matched character is marked in the name, and no English text is shown as
      // an excerpt in the Chinese screen (the name already says why it matched).
      const zeng = results(page).locator('.hit', { hasText: '曾立峰' }).first();
      await expect(zeng.locator('.hit-name mark')).toHaveText('曾');
      await expect(zeng.locator('.hit-excerpt')).toHaveCount(0);
      const bar = page.getByRole('group', { name: '候选汉字' });
      await bar.getByRole('button', { name: '输入“曾”' }).tap();
      await expect(page.locator('.search-text')).toHaveText('曾');
      await page.getByRole('button', { name: '清空' }).tap();
      await typeKeys(page, 'zengli');
      await bar.getByRole('button', { name: '输入“曾立”' }).tap();
      await expect(page.locator('.search-text')).toHaveText('曾立');
      await expect(results(page).getByRole('button', { name: /曾立峰/ })).toBeVisible();

      // A typo still finds the person, and says what it guessed.
      await page.getByRole('button', { name: '清空' }).tap();
      await typeKeys(page, 'danxiaochuang');
      await expect(results(page).getByRole('button', { name: /您是不是要找“单晓川”/ })).toBeVisible();
      await expect(results(page).locator('.hit', { hasText: '单晓川' })).toBeVisible();

      // A result opens the exhibit; back returns to the same search.
      await results(page).locator('.hit', { hasText: '单晓川' }).first().tap();
      await waitScreen(page, 'exhibit');
      await page.getByRole('button', { name: '返回' }).tap();
      await waitScreen(page, 'search');
      await expect(field).toContainText('danxiaochuang');
      expect(socketCalls).toContain('search');
      expect(socketCalls).toContain('pinyinCandidates');
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });

    test('a first letter shows its first cards at once, the whole page after a pause, and more on request', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
      await openSearch(page, kiosk.url);
      await typeKeys(page, 's');
      const cards = results(page).locator('.hit');
      const count = results(page).getByRole('status');
      await expect(count).toContainText(/找到 \d+ 条结果/);
      const total = Number((await count.textContent())?.match(/\d+/)?.[0]);
      expect(total).toBeGreaterThan(48);
      // The key is answered with the cards that fill the screen; the page of 24 follows once the visitor pauses,
      // and only then is "more" offered.
      await expect(cards).toHaveCount(24);
      const first = await cards.allTextContents();
      await results(page).getByRole('button', { name: '更多结果' }).tap();
      await expect(cards).toHaveCount(48);
      expect((await cards.allTextContents()).slice(0, 24)).toEqual(first);
      await expect(count).toHaveText(`找到 ${total} 条结果`);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });

    test('nothing found suggests what to try next', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
      await openSearch(page, kiosk.url);
      await typeKeys(page, 'qqqqxxxx');
      const none = results(page).getByRole('status');
      await expect(none).toContainText('没有找到“qqqqxxxx”');
      await expect(none.getByRole('button', { name: 'zmtyjr' })).toBeVisible();
      await expect(none.getByRole('button', { name: /英模肖像/ })).toBeVisible();
      await none.getByRole('button', { name: /英模肖像/ }).tap();
      await waitScreen(page, 'gallery');
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  });
}
