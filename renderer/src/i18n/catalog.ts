// The UI string catalogue as one importable module: the visitor UI loads it into i18next, and the curator
// workspace imports it to list the strings a native speaker should confirm (needsReview) and to edit overrides.
import type { Lang } from '../../../archive/api/contract';
import { en } from './en';
import { mn } from './mn';
import { zh, type UiKey } from './zh';

export type { UiKey };
export const LANGS: readonly Lang[] = ['zh', 'mn', 'en'];

export const catalog: Record<Lang, Record<UiKey, string>> = { zh, mn, en };

export const uiKeys = Object.keys(zh) as UiKey[];

/** Strings that read the same in every language (language names in their own script, digits, placeholders). */
const LANGUAGE_NEUTRAL: ReadonlySet<UiKey> = new Set<UiKey>(['lang.zh', 'lang.mn', 'lang.en', 'search.digits', 'search.letters', 'viewer.of', 'exhibit.years', 'date.range']);

/** Strings whose wording nobody fluent has confirmed yet. Every Mongolian string was drafted by the developers. */
export const needsReview: Record<Lang, readonly UiKey[]> = {
  zh: [],
  en: [],
  mn: uiKeys.filter((k) => !LANGUAGE_NEUTRAL.has(k)),
};

export function isUiKey(key: string): key is UiKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}
