import type { Lang } from '../../../../archive/api/contract';

/**
 * Where a UI string appears, by the first part of its key: the kiosk's screens first (as a visitor meets
 * them), then the workspace's. A key whose prefix is not listed falls into the screen's "everywhere" group.
 */
export const UI_SCREENS = [
  'v-attract',
  'v-common',
  'v-home',
  'v-gallery',
  'v-exhibit',
  'v-topics',
  'v-search',
  'v-timeline',
  'v-numbers',
  'v-marks',
  'c-signin',
  'c-common',
  'c-exhibits',
  'c-collections',
  'c-import',
  'c-check',
  'c-review',
  'c-history',
  'c-settings',
  'c-curators',
] as const;
export type UiScreen = (typeof UI_SCREENS)[number];

const VISITOR: Record<string, UiScreen> = {
  attract: 'v-attract',
  idle: 'v-attract',
  app: 'v-common',
  nav: 'v-common',
  lang: 'v-common',
  a11y: 'v-common',
  home: 'v-home',
  gallery: 'v-gallery',
  exhibit: 'v-exhibit',
  viewer: 'v-exhibit',
  topic: 'v-topics',
  search: 'v-search',
  timeline: 'v-timeline',
  numbers: 'v-numbers',
};

const CURATOR: Record<string, UiScreen> = {
  signin: 'c-signin',
  pin: 'c-signin',
  exhibits: 'c-exhibits',
  editor: 'c-exhibits',
  photos: 'c-exhibits',
  collections: 'c-collections',
  import: 'c-import',
  check: 'c-check',
  review: 'c-review',
  history: 'c-history',
  action: 'c-history',
  settings: 'c-settings',
  curators: 'c-curators',
};

/** The screen a UI string is shown on ("home.search" → the home screen, "cur.import.…" → the import page). Pure. */
export function screenOfKey(key: string): UiScreen {
  const parts = key.split('.');
  if (parts[0] === 'cur') return CURATOR[parts[1] ?? ''] ?? 'c-common';
  return VISITOR[parts[0] ?? ''] ?? 'v-marks';
}

export interface UiStringRow {
  key: string;
  screen: UiScreen;
  source: string;
  /** The English, shown beside a Mongolian draft for reference ('' when reviewing English itself). */
  reference: string;
  /** What kiosks show now: the override, else the shipped text ('' when there is none). */
  value: string;
  shipped: string;
  reviewed: boolean;
  overridden: boolean;
}

type Catalog = Record<Lang, Partial<Record<string, string>>>;

/**
 * The UI strings a reviewer should look at in one language: those the catalogues mark "needs review"
 * (and every key a language lacks), with any override laid over them, ordered by the screen they appear
 * on. Pure.
 */
export function uiStringsToReview(
  catalogs: readonly { catalog: Catalog; needsReview: Record<Lang, readonly string[]> }[],
  overrides: readonly { lang: Lang; key: string; value: string; reviewed: boolean }[],
  lang: Lang,
): UiStringRow[] {
  const byKey = new Map(overrides.filter((o) => o.lang === lang).map((o) => [o.key, o]));
  const englishOverride = new Map(overrides.filter((o) => o.lang === 'en').map((o) => [o.key, o.value]));
  const rows: UiStringRow[] = [];
  for (const { catalog, needsReview } of catalogs) {
    for (const key of needsReview[lang]) {
      const shipped = catalog[lang][key] ?? '';
      const o = byKey.get(key);
      const reference = lang === 'en' ? '' : (englishOverride.get(key) ?? catalog.en[key] ?? '');
      rows.push({ key, screen: screenOfKey(key), source: catalog.zh[key] ?? '', reference, shipped, value: o?.value ?? shipped, reviewed: o?.reviewed ?? false, overridden: o !== undefined });
    }
  }
  const rank = (s: UiScreen) => UI_SCREENS.indexOf(s);
  // Stable: within a screen, the catalogue's own order (which follows the screen from top to bottom).
  return rows.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r.screen) - rank(b.r.screen) || a.i - b.i).map((x) => x.r);
}

/** Consecutive items that share a place, as headed groups (the list arrives ordered by place). Pure. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; items: T[] }[] {
  const out: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = out[out.length - 1];
    if (last && last.key === key) last.items.push(item);
    else out.push({ key, items: [item] });
  }
  return out;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The {{placeholders}} a translation must keep, when it lost or invented one; null when it matches. Pure. */
export function placeholderProblem(source: string, value: string): string[] | null {
  const names = (s: string) => [...new Set([...s.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
  const want = names(source);
  return want.join() === names(value).join() ? null : want.map((n) => `{{${n}}}`);
}
