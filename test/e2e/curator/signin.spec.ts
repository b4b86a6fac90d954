import { DEMO_ADMIN } from '../../../archive/curation/demo-curator';
import { expect, test, waitReady } from '../fixtures';
import { OWN_PIN, firstSignIn, shot, tapPin } from './helpers';

// Signing in hashes PINs with scrypt and each test copies the demo archive: slow on a busy 2-core machine.
test.describe.configure({ timeout: 150_000 });

test('a wrong PIN is refused, repeated wrong PINs close sign-in for a while, and the right PIN still cannot get in meanwhile', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
  await page.goto(new URL('/curator', kiosk.url).href);
  await waitReady(page);
  await page.screenshot({ path: shot('signin') });
  const submit = page.getByRole('button', { name: '登录' });
  for (let i = 1; i <= 3; i++) {
    await tapPin(page, '111999');
    await submit.tap();
    await expect(page.getByRole('alert').filter({ hasText: 'PIN 不正确' })).toBeVisible();
  }
  await tapPin(page, '111999');
  await submit.tap();
  await expect(page.getByRole('alert').filter({ hasText: /PIN 错误次数过多，请在 \d+ 秒后再试/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '数字 5' })).toBeDisabled();
  await page.screenshot({ path: shot('signin-locked') });
  // The right PIN typed on a keyboard meanwhile is not even checked.
  await page.getByLabel('PIN 码').fill(DEMO_ADMIN.pin);
  await expect(submit).toBeDisabled();
  expect(consoleErrors.filter((e) => !e.includes('status of 200'))).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('the demo admin must choose a private PIN first, then signs in with it and can sign out', async ({ page, kiosk, consoleErrors }) => {
  await firstSignIn(page, kiosk.url);
  await expect(page.getByText('演示管理员（管理员）')).toBeVisible();
  await page.screenshot({ path: shot('workspace-exhibits') });
  await page.getByRole('button', { name: '退出登录' }).tap();
  await expect(page.getByText('您已退出。')).toBeVisible();
  await tapPin(page, DEMO_ADMIN.pin);
  await page.getByRole('button', { name: '登录' }).tap();
  await expect(page.getByRole('alert').filter({ hasText: 'PIN 不正确' })).toBeVisible();
  await tapPin(page, OWN_PIN);
  await page.getByRole('button', { name: '登录' }).tap();
  await expect(page.getByRole('navigation', { name: '工作台导航' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
