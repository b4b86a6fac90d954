import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startServe } from '../../main/serve/start-serve';
import { demoArchiveCopy } from '../support/demo-template';
import { makeTempDir } from '../support/temp-dir';

export interface KioskFixture {
  url: string;
  archiveDir: string;
}

/**
 * Every test gets its own copy of the demo archive and its own serve shell on a free port; the page records
 * console errors and every request to a host other than the serve shell, and tests assert both are empty.
 */
export const test = base.extend<{ kiosk: KioskFixture; consoleErrors: string[]; foreignRequests: string[] }>({
  kiosk: async ({}, use) => {
    const tmp = makeTempDir('hak-e2e-');
    const archiveDir = await demoArchiveCopy(path.join(tmp.dir, 'archive'));
    const served = await startServe({ archive: archiveDir, host: '127.0.0.1', port: 0, allowRemote: false, noBrowser: true }, () => {});
    await use({ url: served.url, archiveDir });
    await served.close();
    tmp.cleanup();
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
  foreignRequests: async ({ page, kiosk }, use) => {
    const foreign: string[] = [];
    const own = new URL(kiosk.url).host;
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.host !== own) foreign.push(r.url());
    });
    await use(foreign);
  },
});

/** Waits for the app's own readiness signal rather than a timeout. */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

export { expect };
