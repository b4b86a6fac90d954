// `npx tsx test/e2e/curator/screenshots.ts [screen ...]`: every curator workspace screen in Chinese at
// 1920×1080, from a fresh copy of the demo archive, into docs/screenshots/curator/zh-<screen>.png. Run
// `npm run build` first. The pictures are for people: open them and look. Beside each picture the script
// prints what a machine can spot: controls under 48 px, text cut off by its box, and Latin words in the
// Chinese interface (file names, codes and the like are expected; sentences are not).
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { DEMO_ADMIN } from '../../../archive/curation/demo-curator';
import { startServe } from '../../../main/serve/start-serve';
import { makeJpeg } from '../../support/images';
import { demoArchiveCopy } from '../../support/demo-template';
import { makeTempDir } from '../../support/temp-dir';
import { OWN_PIN } from './helpers';

const out = path.resolve(import.meta.dirname, '../../../docs/screenshots/curator');
const fixtures = path.resolve(import.meta.dirname, '../../fixtures/import');
const only = process.argv.slice(2);

interface Box {
  tag: string;
  text: string;
  width: number;
  height: number;
  cut: boolean;
}

/** The browser side of the checks (run with page.evaluate; the program has no DOM types). */
function inspect(): { small: Box[]; cut: Box[]; latin: string[] } {
  const w = globalThis as unknown as {
    document: { querySelectorAll(s: string): ArrayLike<El>; body: El };
    getComputedStyle(e: El): { visibility: string; display: string; overflow: string; textOverflow: string; position: string };
    NodeFilter: { SHOW_TEXT: number };
  };
  interface El {
    tagName: string;
    textContent: string | null;
    getAttribute(n: string): string | null;
    getBoundingClientRect(): { width: number; height: number; top: number; bottom: number };
    scrollWidth: number;
    clientWidth: number;
    scrollHeight: number;
    clientHeight: number;
    closest(s: string): El | null;
    ownerDocument: { createTreeWalker(root: El, what: number): { nextNode(): { textContent: string | null; parentElement: El | null } | null } };
  }
  const visible = (e: El) => {
    const r = e.getBoundingClientRect();
    const s = w.getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && r.bottom > 0 && r.top < 1080;
  };
  const box = (e: El): Box => {
    const r = e.getBoundingClientRect();
    return { tag: e.tagName.toLowerCase(), text: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40), width: Math.round(r.width), height: Math.round(r.height), cut: false };
  };
  // A visually hidden file input is reached through the big button-like label beside it.
  const controls = Array.from(w.document.querySelectorAll('.cur button, .cur input:not([type=hidden]):not(.cur-visually-hidden), .cur select, .cur textarea, .cur a[href], .cur label.cur-file-button')).filter(visible);
  // Checkboxes sit inside a 48 px tall label that is the real target.
  const small = controls
    .filter((e) => !(e.tagName === 'INPUT' && (e.getAttribute('type') === 'checkbox' || e.getAttribute('type') === 'radio') && e.closest('label, .cur-toggle')))
    .map(box)
    .filter((b) => b.height < 48 || b.width < 48);
  const cut = Array.from(w.document.querySelectorAll('.cur button, .cur label, .cur th, .cur td, .cur h1, .cur h2, .cur h3, .cur p, .cur span, .cur strong'))
    .filter(visible)
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && w.getComputedStyle(e).overflow !== 'visible')
    .map((e) => ({ ...box(e), cut: true }));
  const latin: string[] = [];
  const walker = w.document.body.ownerDocument.createTreeWalker(w.document.body, w.NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.textContent ?? '').trim();
    if (!t || !n.parentElement || !visible(n.parentElement)) continue;
    if (n.parentElement.closest('input, textarea, [lang="en"], [lang="mn-Mong"], .cur-excerpt, .cur-langs')) continue;
    // Two or more English words in a row read as a sentence that escaped translation.
    if (/[A-Za-z]{2,}[,.:;]?\s+[A-Za-z]{2,}[,.:;]?\s+[A-Za-z]{2,}/.test(t)) latin.push(t.slice(0, 80));
  }
  return { small, cut, latin };
}

async function settle(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  await page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready);
  await page.waitForFunction(() => !(globalThis as unknown as { document: { body: { textContent: string } } }).document.body.textContent.includes('正在载入'), undefined, { timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(300);
}

const problems: string[] = [];
async function snap(page: Page, name: string): Promise<void> {
  if (only.length && !only.includes(name)) return;
  await settle(page);
  const file = path.join(out, `zh-${name}.png`);
  const png = await sharp(await page.screenshot()).png({ palette: true, quality: 90, compressionLevel: 9, effort: 8 }).toBuffer();
  fs.writeFileSync(file, png);
  const found = await page.evaluate(inspect);
  console.log(path.relative(process.cwd(), file));
  for (const b of found.small) problems.push(`${name}: small control <${b.tag}> ${b.width}×${b.height} “${b.text}”`);
  for (const b of found.cut) problems.push(`${name}: text cut <${b.tag}> “${b.text}”`);
  for (const t of found.latin) problems.push(`${name}: Latin text “${t}”`);
}

async function tapPin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.getByRole('button', { name: `数字 ${d}`, exact: true }).tap();
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: '工作台导航' }).getByRole('button', { name, exact: true }).tap();
/** Scrolls the workspace so a heading (or an element) sits at the top, below the editor's sticky bar when there is one. */
const scrollTo = (page: Page, heading: string | ReturnType<Page['locator']>) =>
  (typeof heading === 'string' ? page.getByRole('heading', { name: heading, exact: true }) : heading).first().evaluate((e) => {
    type Scrollable = { scrollTop: number; getBoundingClientRect(): { top: number; height: number } };
    const el = e as unknown as Scrollable & { closest(s: string): Scrollable | null; ownerDocument: { querySelector(s: string): Scrollable | null } };
    const main = el.closest('.cur-main');
    if (!main) return;
    const bar = el.ownerDocument.querySelector('.cur-sticky');
    main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - (bar ? bar.getBoundingClientRect().height + 16 : 16);
  });

fs.mkdirSync(out, { recursive: true });
const tmp = makeTempDir('hak-curator-shots-');
const archiveDir = await demoArchiveCopy(path.join(tmp.dir, 'archive'));
const served = await startServe({ archive: archiveDir, host: '127.0.0.1', port: 0, allowRemote: false, noBrowser: true }, () => {});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars'] });
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  // tsx keeps function names with a helper the page does not have; give it one for the checks above.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const url = (p: string) => new URL(p, served.url).href;

  // Sign in with the demo PIN on the on-screen keypad.
  await page.goto(url('/curator'));
  await settle(page);
  await tapPin(page, DEMO_ADMIN.pin.slice(0, 4));
  await snap(page, 'signin');
  await tapPin(page, DEMO_ADMIN.pin.slice(4));
  await page.getByRole('button', { name: '登录', exact: true }).tap();

  // The published demo PIN must be replaced; an easy one is refused in words first.
  await page.getByRole('heading', { name: '设置您自己的 PIN' }).waitFor();
  await page.getByLabel('当前 PIN').fill(DEMO_ADMIN.pin);
  await page.getByLabel('新 PIN（6–12 位数字）').fill('123456');
  await page.getByLabel('再输入一次新 PIN').fill('123456');
  await page.getByRole('button', { name: '保存新 PIN' }).tap();
  await page.locator('.cur-field-error').first().waitFor();
  await snap(page, 'change-pin');
  await page.getByLabel('新 PIN（6–12 位数字）').fill(OWN_PIN);
  await page.getByLabel('再输入一次新 PIN').fill(OWN_PIN);
  await page.getByRole('button', { name: '保存新 PIN' }).tap();
  await page.getByRole('navigation', { name: '工作台导航' }).waitFor();

  await snap(page, 'exhibits');

  // An exhibit with its translations side by side, then its photos, then a photo the archive refuses.
  await page.getByRole('button', { name: /^编辑 / }).first().tap();
  await page.getByRole('heading', { name: /^编辑展品：/ }).waitFor();
  await snap(page, 'exhibit-editor');
  await scrollTo(page, '事迹与说明');
  await snap(page, 'exhibit-editor-story');
  await page.getByLabel('选择照片').setInputFiles({ name: '扫描件.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
  await page.locator('.cur-uploads .cur-error').waitFor({ timeout: 30_000 });
  await scrollTo(page, '照片');
  await snap(page, 'exhibit-editor-photos');

  // A new draft with a phone number and a web address pasted into its story: saved, not publishable.
  await nav(page, '展品');
  await page.getByRole('button', { name: '新建展品' }).tap();
  await page.getByRole('textbox', { name: '姓名（中文）' }).fill('巴特尔');
  await page.getByRole('textbox', { name: '出生年份' }).fill('1931');
  await page.getByRole('textbox', { name: '事迹（中文）' }).fill('长期驻守边境。了解详情请致电 13812345678，或访问 www.example.com 注册就送彩金。');
  await page.getByLabel('选择照片').setInputFiles({ name: '巡逻.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(1200, 900, 7) });
  await page.getByText('第 1 张', { exact: true }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '保存', exact: true }).tap();
  await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  await page.getByRole('button', { name: '发布', exact: true }).tap();
  await page.locator('.cur-error[role=alert]').waitFor();
  await snap(page, 'exhibit-publish-blocked');

  // Collections and one collection's editor.
  await nav(page, '展区');
  await snap(page, 'collections');
  await page.getByRole('button', { name: /^编辑 / }).first().tap();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await snap(page, 'collection-editor');

  // Import: a GBK spreadsheet from Excel on Chinese Windows, with a folder of scans, checked first.
  await nav(page, '批量导入');
  await page.getByLabel('表格文件（CSV、XLSX、JSON）').setInputFiles(path.join(fixtures, 'problems-gbk.csv'));
  await page.getByLabel('照片文件夹（可选）').setInputFiles(path.join(fixtures, 'photos'));
  await page.getByLabel('导入到展区').selectOption({ label: '老兵影像展' });
  await page.getByRole('button', { name: '先检查（不会修改档案）' }).tap();
  await page.getByRole('heading', { name: '检查结果' }).waitFor({ timeout: 90_000 });
  await snap(page, 'import');
  await scrollTo(page, '需要注意的问题');
  await snap(page, 'import-problems');
  await scrollTo(page, '各列的用途');
  await snap(page, 'import-rows');
  // The rows without errors go in; the backup taken first is listed for a one-tap restore.
  await page.getByRole('button', { name: '跳过有错误的行并导入其余行' }).tap();
  await page.getByText(/^导入完成/).waitFor({ timeout: 90_000 });
  await scrollTo(page, '备份');
  await snap(page, 'import-done');

  // The content check with the draft's findings; the waive dialog asks for a reason.
  await nav(page, '内容检查');
  await page.locator('.cur-findings').waitFor({ timeout: 60_000 });
  await snap(page, 'check');
  await page.getByRole('button', { name: /^阻止发布（/ }).tap();
  await scrollTo(page, page.locator('.cur-finding', { hasText: '巴特尔' }));
  await snap(page, 'check-blocking');
  await page.getByRole('button', { name: /^豁免：/ }).first().tap();
  await page.getByRole('dialog').waitFor();
  await snap(page, 'check-waive');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).tap();

  // An everyday edit, then the change history, then that edit undone.
  await nav(page, '展品');
  await page.getByRole('button', { name: /^编辑 / }).first().tap();
  await page.getByRole('textbox', { name: '荣誉（中文）' }).fill('一等功');
  await page.getByRole('button', { name: '保存', exact: true }).tap();
  await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
  await nav(page, '修改记录');
  await page.locator('.cur-history').waitFor();
  await snap(page, 'history');
  await page.getByRole('button', { name: /^撤销这次修改：/ }).first().tap();
  await page.getByText('已撤销。').waitFor({ timeout: 30_000 });
  await snap(page, 'history-undone');

  await nav(page, '翻译审校');
  await snap(page, 'review');
  await page.getByRole('tab', { name: '展示屏界面文字' }).tap();
  await snap(page, 'review-ui');

  await nav(page, '展示设置');
  await snap(page, 'settings');

  await nav(page, '策展人');
  await snap(page, 'curators');
  await page.getByRole('button', { name: '添加策展人' }).tap();
  await page.getByRole('dialog').waitFor();
  await page.getByRole('dialog').getByLabel('姓名').fill('王老师');
  await page.getByRole('dialog').getByLabel(/临时 PIN/).fill('111111');
  await page.getByRole('dialog').getByRole('button', { name: '保存', exact: true }).tap();
  await page.getByRole('dialog').locator('.cur-field-error').waitFor();
  await snap(page, 'curators-add');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).tap();

  await context.close();
} finally {
  await browser.close();
  await served.close();
  tmp.cleanup();
  console.log(problems.length ? `\nTo look at:\n${problems.map((p) => `  ${p}`).join('\n')}` : '\nNothing spotted by machine; look at the pictures anyway.');
}
