import type { Lang } from '../../../archive/api/contract';
import { isUiKey, type UiKey } from './catalog';

export interface UiOverride {
  lang: Lang;
  key: string;
  value: string;
}

export interface MergeResult {
  resources: Record<Lang, Record<UiKey, string>>;
  /** Overrides left out, with why: the curator's review screen can show them. */
  rejected: { lang: Lang; key: string; reason: 'unknown-key' | 'empty' | 'placeholders' }[];
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

/**
 * Lays curator overrides over the built-in catalogue. An override for a key the UI does not have, an empty
 * one, or one that drops or invents a {{placeholder}} is ignored, so a typo in the archive can never blank a
 * button or show raw braces to a visitor.
 */
export function mergeOverrides(base: Record<Lang, Record<UiKey, string>>, overrides: readonly UiOverride[]): MergeResult {
  const resources = { zh: { ...base.zh }, mn: { ...base.mn }, en: { ...base.en } };
  const rejected: MergeResult['rejected'] = [];
  for (const o of overrides) {
    if (!isUiKey(o.key)) {
      rejected.push({ lang: o.lang, key: o.key, reason: 'unknown-key' });
      continue;
    }
    const value = o.value.trim();
    if (!value) {
      rejected.push({ lang: o.lang, key: o.key, reason: 'empty' });
      continue;
    }
    if (placeholders(value).join() !== placeholders(base[o.lang][o.key]).join()) {
      rejected.push({ lang: o.lang, key: o.key, reason: 'placeholders' });
      continue;
    }
    if (!(o.lang in resources)) continue;
    resources[o.lang][o.key] = value;
  }
  return { resources, rejected };
}
