import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { makeJpeg } from '../../support/images';
import { makeTempDir } from '../../support/temp-dir';
import { expect, test } from '../fixtures';
import { firstSignIn, shot } from './helpers';

// Signing in hashes PINs with scrypt and each test copies the demo archive: slow on a busy 2-core machine.
test.describe.configure({ timeout: 150_000 });

const ROWS = [
  ['姓名', '出生年份', '籍贯', '民族', '部队', '荣誉', '事迹', '照片'],
  ['张守边', '１９３５', '赤峰市宁城县', '汉族', '某边防团', '二等功', '在边境线上巡逻二十年，从未间断。', '张守边.jpg'],
  ['乌云其其格', '1948年', '赤峰市阿鲁科尔沁旗', '蒙古族', '某通信连', '三八红旗手', '扎根草原通信站三十年。', '乌云其其格.jpg'],
];

test('a GBK spreadsheet with a folder of scans is checked first, then imported, and the backup taken before it restores the archive', async ({ page, kiosk, consoleErrors, foreignRequests }) => {
  const tmp = makeTempDir('hak-import-e2e-');
  try {
    const csv = path.join(tmp.dir, '老兵名单.csv');
    fs.writeFileSync(csv, iconv.encode(ROWS.map((r) => r.join(',')).join('\r\n') + '\r\n', 'gbk'));
    const scans = path.join(tmp.dir, 'scans');
    fs.mkdirSync(scans);
    fs.writeFileSync(path.join(scans, '张守边.jpg'), await makeJpeg(800, 1000, 31));
    fs.writeFileSync(path.join(scans, '乌云其其格.jpg'), await makeJpeg(800, 1000, 32));

    await firstSignIn(page, kiosk.url);
    await page.getByRole('button', { name: '批量导入' }).tap();
    await page.getByLabel('表格文件（CSV、XLSX、JSON）').setInputFiles(csv);
    await page.getByLabel('照片文件夹（可选）').setInputFiles(scans);
    await page.getByLabel('导入到展区').selectOption({ label: '老兵影像展' });
    await page.getByRole('button', { name: '先检查（不会修改档案）' }).tap();

    // The dry run: per-row report and counts, with the encoding it detected; nothing is written yet.
    await expect(page.getByText('共 2 行：新增 2，更新 0，不变 0，有错误 0')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(/gb18030|gbk/i)).toBeVisible();
    await expect(page.getByText('照片：匹配 2，缺失 0，拒收 0')).toBeVisible();
    await page.setViewportSize({ width: 1920, height: 1600 });
    await page.screenshot({ path: shot('import-report') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: '展品', exact: true }).tap();
    await page.getByLabel('按姓名、标题或部队查找').fill('张守边');
    await expect(page.getByText('共 0 件')).toBeVisible();

    await page.getByRole('button', { name: '批量导入' }).tap();
    await page.getByLabel('表格文件（CSV、XLSX、JSON）').setInputFiles(csv);
    await page.getByLabel('照片文件夹（可选）').setInputFiles(scans);
    await page.getByLabel('导入到展区').selectOption({ label: '老兵影像展' });
    await page.getByRole('button', { name: '先检查（不会修改档案）' }).tap();
    await page.getByRole('button', { name: '确认导入' }).tap();
    await expect(page.getByText('导入完成：新增 2，更新 0。导入前已自动备份。')).toBeVisible({ timeout: 60_000 });

    await page.getByRole('button', { name: '展品', exact: true }).tap();
    await page.getByLabel('按姓名、标题或部队查找').fill('张守边');
    await expect(page.getByText('共 1 件')).toBeVisible();
    await expect(page.getByRole('button', { name: '编辑 张守边' })).toContainText('1 张照片');

    // One click (and a confirmation) brings the archive back to how it was before the import.
    await page.getByRole('button', { name: '批量导入' }).tap();
    await page.getByRole('button', { name: /^恢复到这个备份：.*导入“老兵名单\.csv”前自动备份$/ }).first().tap();
    await page.getByRole('dialog').getByRole('button', { name: '恢复到这个备份' }).tap();
    await expect(page.getByText('已恢复。恢复前的状态也已备份。')).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: shot('import-restored') });
    await page.getByRole('button', { name: '展品', exact: true }).tap();
    await page.getByLabel('按姓名、标题或部队查找').fill('张守边');
    await expect(page.getByText('共 0 件')).toBeVisible();
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  } finally {
    tmp.cleanup();
  }
});

test('a sheet with problems is explained in Chinese, each with its row, its column and what to do', async ({ page, kiosk, consoleErrors }) => {
  await firstSignIn(page, kiosk.url);
  await page.getByRole('button', { name: '批量导入' }).tap();
  await page.getByLabel('表格文件（CSV、XLSX、JSON）').setInputFiles(path.resolve(import.meta.dirname, '../../fixtures/import/problems-gbk.csv'));
  await page.getByLabel('照片文件夹（可选）').setInputFiles(path.resolve(import.meta.dirname, '../../fixtures/import/photos'));
  await page.getByLabel('导入到展区').selectOption({ label: '老兵影像展' });
  await page.getByRole('button', { name: '先检查（不会修改档案）' }).tap();
  const problems = page.locator('table.cur-problems');
  await expect(problems).toBeVisible({ timeout: 60_000 });
  const row = problems.getByRole('row').filter({ hasText: '第 3 行“出生年份”列' });
  await expect(row).toContainText('“1950年10月?”无法识别为年份。');
  await expect(row).toContainText('建议：请写成 1950 或 1950年。');
  await expect(problems.getByRole('row').filter({ hasText: '第 7 行“照片”' })).toContainText('是 SVG 矢量图');
  await expect(problems.getByRole('row').filter({ hasText: '第 5 行“事迹”' })).toContainText('含有电话号码（13812345678）');
  // Photos no row names are told apart from the photos of rows that are not imported because of their errors.
  await expect(page.getByText(/^照片文件夹中有 5 个文件，表格里没有任何一行提到：/)).toBeVisible();
  const waiting = page.getByText(/^另有 2 个文件属于有错误、这次不会导入的行：/);
  await expect(waiting).toContainText('photos/王芳.jpg（第 3 行、第 8 行）');
  await expect(waiting).toContainText('photos/李强.jpg（第 4 行）');
  // No English sentence reaches the Chinese report (file names and numbers are fine).
  const text = (await problems.innerText()).replace(/[\w.-]+\.(csv|jpg|png)/g, '');
  expect(text).not.toMatch(/[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/);
  // The same report in English, from the same codes.
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(problems.getByRole('row').filter({ hasText: 'Line 3, column “出生年份”' })).toContainText('is not a year this importer can read');
  expect(consoleErrors).toEqual([]);
});
