import { expect, test, waitReady } from './fixtures';

test('the serve shell shows the demo archive through the API contract', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
  await page.goto(new URL('home', kiosk.url).href);
  await waitReady(page);
  await expect(page.getByText('英模肖像').first()).toBeVisible();
  await expect(page.getByText('双拥三十年').first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
