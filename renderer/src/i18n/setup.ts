import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../archive/api/contract';
import { catalog, LANGS } from './catalog';
import { mergeOverrides, type UiOverride } from './overrides';

/** One i18next instance for the whole renderer, filled synchronously from the bundled catalogue. */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: toResources(catalog),
  lng: 'zh',
  fallbackLng: 'zh',
  supportedLngs: [...LANGS],
  initAsync: false,
  // Keys are flat and dotted ("gallery.sort.name"): no nesting, no namespaces in the key.
  keySeparator: false,
  nsSeparator: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

function toResources(c: Record<Lang, Record<string, string>>) {
  return Object.fromEntries(Object.entries(c).map(([lang, strings]) => [lang, { translation: strings }]));
}

/** Replaces the bundles with the catalogue plus the archive's overrides (called at start-up and on every reset). */
export function applyOverrides(overrides: readonly UiOverride[]): void {
  const { resources } = mergeOverrides(catalog, overrides);
  for (const lang of LANGS) i18n.addResourceBundle(lang, 'translation', resources[lang], false, true);
}
