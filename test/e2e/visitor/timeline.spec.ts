import { expect, test } from '../fixtures';
import { checkTouchTargets, scrollSettled, startVisit, swipe, VIEWPORTS, waitScreen } from './helpers';

for (const vp of VIEWPORTS) {
  test.describe(`the timeline (${vp.name})`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });

    test('decade → year → event, swipeable, with this year and the milestones marked', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
      await startVisit(page, kiosk.url);
      await page.getByRole('button', { name: /时间轴/ }).tap();
      await waitScreen(page, 'timeline');
      const thisYear = new Date().getFullYear();
      const years = page.getByRole('group', { name: '年份' });
      await expect(years.getByRole('button', { name: new RegExp(`^${thisYear}年 · 今年`) })).toBeAttached();
      // The facts file's dated events are milestones (2023: the thirtieth anniversary).
      await expect(years.getByRole('button', { name: /^2023年.*里程碑/ })).toBeAttached();
      expect(await checkTouchTargets(page)).toEqual([]);

      // Decade, then year: the 2020s, then 2023, shows 2023's events.
      await page.getByRole('group', { name: '年代' }).getByRole('button', { name: '2020年代' }).tap();
      await expect(page.getByRole('group', { name: '年代' }).getByRole('button', { name: '2020年代' })).toHaveAttribute('aria-pressed', 'true');
      await years.getByRole('button', { name: /^2023年/ }).tap();
      const col2023 = page.getByRole('region', { name: '2023年的事件' });
      await expect(col2023).toBeInViewport();
      await expect(col2023.getByRole('note', { name: /里程碑/ }).first()).toBeVisible();

      // A swipe on the track moves to another year, and the ruler follows. (The tap's smooth scroll to 2023
      // has to end first, or the swipe races it.)
      await scrollSettled(page.locator('.timeline-track'));
      await swipe(page, col2023, 700);
      await expect(years.getByRole('button', { pressed: true })).not.toHaveAccessibleName(/^2023年/);

      // An event opens as an exhibit.
      await years.getByRole('button', { name: /^2023年/ }).tap();
      await col2023.getByRole('button').first().tap();
      await waitScreen(page, 'exhibit');
      await page.getByRole('button', { name: '返回' }).tap();
      await waitScreen(page, 'timeline');
      await expect(page.getByRole('region', { name: '专题' })).toBeAttached();
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });

    test('the numbers count up to the facts file’s figures', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
      await startVisit(page, kiosk.url);
      await page.getByRole('button', { name: /数字里的双拥/ }).tap();
      await waitScreen(page, 'numbers');
      const figures = page.locator('.figure');
      expect(await figures.count()).toBeGreaterThan(5);
      // The counter's accessible name is the final value from the start; what is shown reaches it.
      const counter = figures.first().locator('.counter');
      const final = await counter.getAttribute('aria-label');
      expect(final).toBeTruthy();
      await expect(counter).toHaveText(final!);
      expect(await checkTouchTargets(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  });
}
