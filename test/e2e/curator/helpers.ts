import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_ADMIN } from '../../../archive/curation/demo-curator';
import { expect, waitReady } from '../fixtures';

/** The PIN the tests choose when the demo archive forces the demo admin to pick their own. */
export const OWN_PIN = '583920';

/** Taps the digits on the on-screen PIN pad, as a curator at the kiosk would. */
export async function tapPin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.getByRole('button', { name: new RegExp(`^数字 ${d}$`) }).tap();
}

/** Opens /curator, signs in with the demo admin's published PIN and chooses a private one, as a first run does. */
export async function firstSignIn(page: Page, url: string): Promise<void> {
  await page.goto(new URL('/curator', url).href);
  await waitReady(page);
  await expect(page.getByRole('heading', { name: '策展人登录' })).toBeVisible();
  await tapPin(page, DEMO_ADMIN.pin);
  await page.getByRole('button', { name: '登录' }).tap();
  await expect(page.getByRole('heading', { name: '设置您自己的 PIN' })).toBeVisible();
  await page.getByLabel('当前 PIN').fill(DEMO_ADMIN.pin);
  await page.getByLabel('新 PIN（6–12 位数字）').fill(OWN_PIN);
  await page.getByLabel('再输入一次新 PIN').fill(OWN_PIN);
  await page.getByRole('button', { name: '保存新 PIN' }).tap();
  await expect(page.getByRole('navigation', { name: '工作台导航' })).toBeVisible();
}

/** Screenshots go outside test-results/, which every Playwright run (anyone's) empties. */
export function shot(name: string): string {
  return path.join(os.tmpdir(), 'hak-curator-screens', `${name}.png`);
}

/**
 * The browser globals the page callbacks below use. The test program is type-checked with Node types only
 * (no DOM library, so DOM types never leak into the engine's program): callbacks reach them through this.
 */
export interface BrowserGlobals {
  atob(s: string): string;
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (bits: unknown[], name: string, options: { type: string }) => unknown;
  document: { querySelectorAll(selector: string): ArrayLike<PageElement>; getElementById(id: string): { textContent: string | null } | null };
}

export interface PageElement {
  tagName: string;
  outerHTML: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  type?: string;
  labels?: ArrayLike<{ textContent: string | null }> | null;
}
