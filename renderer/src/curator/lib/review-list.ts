import type { Lang } from '../../../../archive/api/contract';

export interface UiStringRow {
  key: string;
  source: string;
  /** What kiosks show now: the override, else the shipped text ('' when there is none). */
  value: string;
  shipped: string;
  reviewed: boolean;
  overridden: boolean;
}

type Catalog = Record<Lang, Partial<Record<string, string>>>;

/**
 * The UI strings a reviewer should look at in one language: those the catalogues mark "needs review"
 * (and every key a language lacks), with any override laid over them. Pure.
 */
export function uiStringsToReview(
  catalogs: readonly { catalog: Catalog; needsReview: Record<Lang, readonly string[]> }[],
  overrides: readonly { lang: Lang; key: string; value: string; reviewed: boolean }[],
  lang: Lang,
): UiStringRow[] {
  const byKey = new Map(overrides.filter((o) => o.lang === lang).map((o) => [o.key, o]));
  const rows: UiStringRow[] = [];
  for (const { catalog, needsReview } of catalogs) {
    for (const key of needsReview[lang]) {
      const shipped = catalog[lang][key] ?? '';
      const o = byKey.get(key);
      rows.push({ key, source: catalog.zh[key] ?? '', shipped, value: o?.value ?? shipped, reviewed: o?.reviewed ?? false, overridden: o !== undefined });
    }
  }
  return rows;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The {{placeholders}} a translation must keep, when it lost or invented one; null when it matches. Pure. */
export function placeholderProblem(source: string, value: string): string[] | null {
  const names = (s: string) => [...new Set([...s.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
  const want = names(source);
  return want.join() === names(value).join() ? null : want.map((n) => `{{${n}}}`);
}
