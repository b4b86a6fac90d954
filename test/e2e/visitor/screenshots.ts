// `npm run screenshots`: every visitor screen in zh, mn and en, landscape 1920×1080 and portrait 1080×1920,
// from a fresh copy of the demo archive, into docs/screenshots/<orientation>/<lang>-<screen>.png.
// Run `npm run build` first. The pictures are for people: open them and look.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { startServe } from '../../../main/serve/start-serve';
import { demoArchiveCopy } from '../../support/demo-template';
import { makeTempDir } from '../../support/temp-dir';
import type { BrowserGlobals } from './browser';

type Lang = 'zh' | 'mn' | 'en';
const LANG_BUTTON: Record<Lang, string> = { zh: '中文', mn: 'ᠮᠣᠩᠭᠣᠯ', en: 'English' };
const ORIENTATIONS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

interface Shot {
  name: string;
  path: string;
  /** Languages to shoot (the attract loop speaks all three at once). */
  langs?: Lang[];
  /** What to do before the page loads (fake the clock, break an API answer). */
  before?: (page: Page) => Promise<unknown>;
  /** What to do once the screen is ready, before the picture. */
  act?: (page: Page) => Promise<unknown>;
}

const out = path.resolve(import.meta.dirname, '../../../docs/screenshots');
const clocked = new WeakSet<Page>();
const only = process.argv.slice(2);

async function ready(page: Page, screen?: string): Promise<void> {
  const sel = screen ? `html[data-screen="${screen}"][data-ready="true"]` : 'html[data-ready="true"]';
  await page.waitForSelector(sel, { state: 'attached', timeout: 30_000 });
  await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.fonts.ready);
  // Let images decode and entrance animations settle.
  await page
    .waitForFunction(
      () => {
        const { document, innerHeight } = globalThis as unknown as BrowserGlobals;
        return Array.from(document.images)
          .filter((i) => i.getBoundingClientRect().bottom > 0 && i.getBoundingClientRect().top < innerHeight)
          .every((i) => i.complete);
      },
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => {});
  await page.waitForTimeout(400);
}

async function firstExhibitOf(page: Page, base: string, slug: string): Promise<number> {
  return page.evaluate(
    async ([b, s]) => {
      const r = await globalThis.fetch(`${b}api/listExhibits`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ collection: s, limit: 1 }) });
      return ((await r.json()) as { value: { items: { id: number }[] } }).value.items[0]!.id;
    },
    [base, slug] as const,
  );
}

async function typeOnKeyboard(page: Page, text: string): Promise<void> {
  for (const ch of text) await page.locator(`.keyboard [data-skbtn="${ch}"]`).tap();
}

const tmp = makeTempDir('hak-shots-');
const archiveDir = await demoArchiveCopy(path.join(tmp.dir, 'archive'));
const served = await startServe({ archive: archiveDir, host: '127.0.0.1', port: 0, allowRemote: false, noBrowser: true }, () => {});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars'] });
try {
  const base = served.url;
  const probe = await browser.newPage();
  await probe.goto(base);
  const heroId = await firstExhibitOf(probe, base, 'heroes');
  const albumId = await firstExhibitOf(probe, base, 'veterans');
  await probe.close();

  const shots: Shot[] = [
    { name: 'attract', path: '/', langs: ['zh'], act: (p) => p.waitForTimeout(2500) },
    { name: 'home', path: '/home' },
    { name: 'gallery-heroes', path: '/gallery/heroes' },
    { name: 'gallery-veterans', path: '/gallery/veterans' },
    { name: 'gallery-history', path: '/gallery/history' },
    { name: 'gallery-filter', path: '/gallery/heroes', act: (p) => p.locator('.btn-filter').first().tap() },
    { name: 'exhibit-person', path: `/exhibit/${heroId}` },
    { name: 'exhibit-album', path: `/exhibit/${albumId}` },
    {
      name: 'viewer',
      path: `/exhibit/${albumId}`,
      act: async (p) => {
        await p.locator('.exhibit-hero').tap();
        await p.waitForSelector('.pswp--open img.pswp__img');
        await p.waitForTimeout(800);
      },
    },
    { name: 'timeline', path: '/timeline' },
    { name: 'timeline-themes', path: '/timeline', act: (p) => p.locator('.btn-themes').tap().then(() => p.waitForTimeout(800)) },
    { name: 'numbers', path: '/numbers', act: (p) => p.waitForTimeout(2200) },
    { name: 'search', path: '/search' },
    {
      name: 'search-results',
      path: '/search',
      act: async (p) => {
        await typeOnKeyboard(p, 'zeng');
        await p.waitForSelector('.candidate');
        await p.waitForSelector('.hit');
      },
    },
    { name: 'search-none', path: '/search', act: (p) => typeOnKeyboard(p, 'qqxx').then(() => p.waitForSelector('.no-results')) },
    { name: 'reading-aids', path: '/home', act: (p) => p.locator('.topbar-tools > .btn-bar').tap() },
    {
      name: 'large-contrast',
      path: '/home',
      act: async (p) => {
        await p.locator('.topbar-tools > .btn-bar').tap();
        await p.locator('.switch').nth(0).tap();
        await p.locator('.switch').nth(1).tap();
        await p.locator('.a11y-panel .btn-primary').tap();
        await p.waitForTimeout(300);
      },
    },
    // Last, because they fake the clock and break an answer for the rest of the page's life.
    {
      name: 'error',
      path: `/exhibit/${heroId}`,
      before: (p) => p.route('**/api/getExhibit', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: { id: heroId } }) })),
    },
    {
      name: 'idle',
      path: '/gallery/heroes',
      before: async (p) => {
        if (!clocked.has(p)) await p.clock.install();
        clocked.add(p);
      },
      act: async (p) => {
        await p.clock.fastForward('01:02');
        await p.waitForSelector('.idle-dialog');
      },
    },
  ];

  for (const o of ORIENTATIONS) {
    const context = await browser.newContext({ viewport: { width: o.width, height: o.height }, hasTouch: true, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    fs.mkdirSync(path.join(out, o.name), { recursive: true });
    for (const shot of shots) {
      if (only.length && !only.includes(shot.name)) continue;
      for (const lang of shot.langs ?? (['zh', 'mn', 'en'] as Lang[])) {
        await shot.before?.(page);
        await page.goto(new URL(shot.path, base).href);
        await ready(page);
        if (lang !== 'zh') {
          await page.locator('.lang-switch').getByRole('button', { name: LANG_BUTTON[lang] }).tap();
          await page.waitForFunction((l) => (globalThis as unknown as BrowserGlobals).document.documentElement.getAttribute('data-lang') === l, lang);
        }
        await ready(page);
        await shot.act?.(page);
        // Chromium holds a tapped button's :active look for a moment after the finger lifts (so a quick tap
        // still shows); a script taps faster than that, and the last key would be pictured as held down.
        // (Not on the faked clock's page, where the wait's own timers do not run.)
        if (!clocked.has(page)) await page.waitForFunction(() => !(globalThis as unknown as BrowserGlobals).document.querySelector('button:active'), undefined, { polling: 100 });
        await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.fonts.ready);
        const file = path.join(out, o.name, `${lang}-${shot.name}.png`);
        // A 256-colour palette keeps the text crisp and the pictures recognisable at a third of the size.
        const png = await sharp(await page.screenshot()).png({ palette: true, quality: 90, compressionLevel: 9, effort: 8 }).toBuffer();
        fs.writeFileSync(file, png);
        console.log(path.relative(process.cwd(), file));
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
  tmp.cleanup();
}
