import type { Page } from '@playwright/test';
import { makeJpeg } from '../../support/images';
import { expect, test, waitReady } from '../fixtures';
import { OWN_PIN, firstSignIn, shot, tapPin, type BrowserGlobals } from './helpers';

// Signing in hashes PINs with scrypt and each test copies the demo archive: slow on a busy 2-core machine.
test.describe.configure({ timeout: 150_000 });

/** Drops a file on the photo area the way a file dragged from the desktop arrives: a drop event carrying it. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const data = await page.evaluateHandle(
    ({ name, b64 }) => {
      const w = globalThis as unknown as BrowserGlobals;
      const bin = w.atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      const dt = new w.DataTransfer();
      dt.items.add(new w.File([arr], name, { type: 'image/jpeg' }));
      return dt;
    },
    { name, b64: bytes.toString('base64') },
  );
  await page.getByTestId('photo-dropzone').dispatchEvent('drop', { dataTransfer: data });
}

test('a curator creates an exhibit with two photos and translations, publishes it, edits its name and undoes the edit from the history', async ({ page, kiosk, browser, consoleErrors, foreignRequests }) => {
  await firstSignIn(page, kiosk.url);
  await page.getByRole('button', { name: '新建展品' }).tap();
  await expect(page.getByRole('heading', { name: '新建展品' })).toBeVisible();

  await page.getByRole('textbox', { name: '姓名（中文）' }).fill('孟和巴特尔');
  // With Chinese text, both other languages say their translation is missing until filled.
  await expect(page.getByRole('group', { name: '姓名' }).getByText('缺少翻译')).toHaveCount(2);
  await page.getByRole('textbox', { name: '姓名（英文）' }).fill('Menghe Bateer');
  await expect(page.getByRole('group', { name: '姓名' }).getByText('缺少翻译')).toHaveCount(1);
  await page.getByRole('textbox', { name: '姓名（蒙古文）' }).fill('ᠮᠥᠩᠬᠡᠪᠠᠭᠠᠲᠤᠷ');
  await expect(page.getByRole('group', { name: '姓名' }).getByText('缺少翻译')).toHaveCount(0);
  await page.getByRole('textbox', { name: '部队（中文）' }).fill('某边防团');
  await page.getByRole('textbox', { name: '出生年份' }).fill('1931');
  await page.getByRole('textbox', { name: '事迹（中文）' }).fill('长期驻守边境，荣立三等功两次。');

  await page.getByLabel('选择照片').setInputFiles({ name: '巡逻.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(1200, 900, 21) });
  await expect(page.getByText('第 1 张', { exact: true })).toBeVisible({ timeout: 30_000 });
  await dropFile(page, '授勋.jpg', await makeJpeg(900, 1200, 22));
  await expect(page.getByText('第 2 张', { exact: true })).toBeVisible({ timeout: 30_000 });
  // A file that is not a photo is refused with its own message and nothing else is disturbed.
  await dropFile(page, '说明.jpg', Buffer.from('这不是照片'.repeat(40)));
  await expect(page.getByText(/“说明\.jpg”其实是文本文件，不是图片/)).toBeVisible({ timeout: 30_000 });

  await page.getByRole('textbox', { name: '替代文字（给看不见图片的观众） · 第 1 张（中文）' }).fill('孟和巴特尔在边境巡逻');
  await page.getByRole('textbox', { name: '替代文字（给看不见图片的观众） · 第 2 张（中文）' }).fill('孟和巴特尔佩戴奖章');
  await page.getByRole('textbox', { name: '图片说明 · 第 2 张（英文）' }).fill('Receiving a medal');
  await page.getByRole('button', { name: '设为封面：第 2 张' }).tap();
  // Order by dragging the second photo's handle above the first: the medal photo leads.
  const from = await page.getByRole('button', { name: '拖动以调整顺序：第 2 张' }).boundingBox();
  const to = await page.getByRole('button', { name: '拖动以调整顺序：第 1 张' }).boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(from!.x + from!.width / 2, to!.y + 5, { steps: 12 });
  await page.mouse.move(from!.x + from!.width / 2, to!.y + 2, { steps: 3 });
  await page.mouse.up();
  await expect(page.getByRole('textbox', { name: '替代文字（给看不见图片的观众） · 第 1 张（中文）' })).toHaveValue('孟和巴特尔佩戴奖章');
  // The buttons beside the handle do the same without dragging.
  await page.getByRole('button', { name: '下移 第 1 张' }).tap();
  await page.getByRole('button', { name: '上移 第 2 张' }).tap();
  await expect(page.getByRole('textbox', { name: '替代文字（给看不见图片的观众） · 第 1 张（中文）' })).toHaveValue('孟和巴特尔佩戴奖章');
  await page.screenshot({ path: shot('editor-new'), fullPage: true });

  await page.getByRole('button', { name: '保存', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect(page).toHaveURL(/\/curator\/exhibit\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());

  await page.getByRole('button', { name: '发布', exact: true }).tap();
  await expect(page.getByText('已发布').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '改回草稿' })).toBeVisible();

  // A visitor (another browser, no session) sees the published exhibit.
  const visitor = await (await browser.newContext({ hasTouch: true, viewport: { width: 1920, height: 1080 } })).newPage();
  await visitor.goto(new URL(`/exhibit/${id}`, kiosk.url).href);
  await waitReady(visitor);
  await expect(visitor.getByRole('heading', { name: '孟和巴特尔' })).toBeVisible();

  // Edit the name, then undo that edit from the history.
  await page.getByRole('textbox', { name: '姓名（中文）' }).fill('孟和巴图');
  await page.getByRole('button', { name: '保存', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByRole('button', { name: '修改记录' }).last().tap();
  await expect(page.getByRole('heading', { name: '修改记录' })).toBeVisible();
  await page.screenshot({ path: shot('history'), fullPage: true });
  await page.getByRole('button', { name: /^撤销这次修改：修改展品 孟和巴图/ }).tap();
  await expect(page.getByText('已撤销。这次撤销本身也记录在案，可以再撤销。')).toBeVisible();
  await expect(page.getByText(/撤销了第 \d+ 条/)).toBeVisible();

  await visitor.reload();
  await waitReady(visitor);
  await expect(visitor.getByRole('heading', { name: '孟和巴特尔' })).toBeVisible();
  await page.getByRole('button', { name: '展品', exact: true }).tap();
  await page.getByRole('button', { name: '编辑 孟和巴特尔' }).tap();
  await expect(page.getByRole('textbox', { name: '姓名（中文）' })).toHaveValue('孟和巴特尔');
  await expect(page.getByRole('textbox', { name: '姓名（蒙古文）' })).toHaveValue('ᠮᠥᠩᠬᠡᠪᠠᠭᠠᠲᠤᠷ');
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('a draft is previewed on the visitor screens, marked as a preview, and unsaved work survives leaving', async ({ page, kiosk }) => {
  await firstSignIn(page, kiosk.url);
  await page.getByRole('button', { name: '新建展品' }).tap();
  await page.getByRole('textbox', { name: '姓名（中文）' }).fill('草稿人物');
  // Leaving with unsaved changes asks first.
  await page.getByRole('button', { name: '展区', exact: true }).tap();
  await expect(page.getByRole('dialog', { name: '有未保存的修改' })).toBeVisible();
  await page.getByRole('button', { name: '留在这里' }).tap();
  await expect(page.getByRole('textbox', { name: '姓名（中文）' })).toHaveValue('草稿人物');
  await page.getByRole('button', { name: '保存', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByRole('button', { name: '预览', exact: true }).tap();
  await page.waitForURL(/\/exhibit\/\d+$/);
  await waitReady(page);
  await expect(page.getByText('预览 Preview')).toBeVisible();
  await expect(page.getByRole('heading', { name: '草稿人物' })).toBeVisible();
  await page.screenshot({ path: shot('preview') });
});

test('when the session ends while a form is open, signing in again finishes the save and nothing typed is lost', async ({ page, kiosk }) => {
  await firstSignIn(page, kiosk.url);
  await page.getByRole('button', { name: '新建展品' }).tap();
  await page.getByRole('textbox', { name: '姓名（中文）' }).fill('未保存的人物');
  await page.getByRole('textbox', { name: '事迹（中文）' }).fill('一段很长的事迹，写了很久。');
  // The archive forgets the session (idle time, a restart) while the curator is still typing.
  await page.request.post(new URL('/api/curatorLogout', kiosk.url).href, { data: {}, headers: { origin: new URL(kiosk.url).origin } });
  await page.getByRole('button', { name: '保存', exact: true }).tap();
  await expect(page.getByText('请重新登录以继续。您填写的内容都还在。')).toBeVisible();
  await page.screenshot({ path: shot('session-lost') });
  await tapPin(page, OWN_PIN);
  await page.getByRole('button', { name: '登录' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '事迹（中文）' })).toHaveValue('一段很长的事迹，写了很久。');
  await expect(page).toHaveURL(/\/curator\/exhibit\/\d+$/);
});
