import type { Lang } from '../../../../archive/api/contract';
import { isCuratorKey } from './catalog';
import type { CuratorKey } from './zh';

export type Strings = Record<Lang, Partial<Record<string, string>>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * Looks a key up in one language, falling back to Chinese (the source every key has), and fills
 * {{placeholders}}; a missing variable stays visible rather than printing "undefined". Pure.
 */
export function translate(strings: Strings, lang: Lang, key: CuratorKey, vars: Record<string, string | number> = {}): string {
  const text = strings[lang][key] ?? strings.zh[key] ?? key;
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Whether a language has its own text for a key (the workspace marks fallbacks). */
export function hasOwn(strings: Strings, lang: Lang, key: CuratorKey): boolean {
  return Boolean(strings[lang][key]);
}

const holes = (s: string) => (s.match(PLACEHOLDER) ?? []).map((h) => h.replace(/\s+/g, '')).sort().join();

/** Merges curator overrides, ignoring unknown keys, empty text and text that loses or invents a {{placeholder}}. Pure. */
export function withOverrides(base: Strings, overrides: readonly { lang: Lang; key: string; value: string }[]): Strings {
  const out: Strings = { zh: { ...base.zh }, mn: { ...base.mn }, en: { ...base.en } };
  for (const o of overrides) {
    if (!isCuratorKey(o.key) || !o.value.trim() || !(o.lang in out)) continue;
    if (holes(o.value) !== holes(base.zh[o.key] ?? '')) continue;
    out[o.lang][o.key] = o.value.trim();
  }
  return out;
}
