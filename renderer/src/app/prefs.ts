import { createContext, useContext } from 'react';
import type { Lang } from '../../../archive/api/contract';

/** Everything a visitor can change about how the kiosk looks; all of it goes back to defaults on reset. */
export interface Prefs {
  lang: Lang;
  largeText: boolean;
  highContrast: boolean;
  /** The manual switch; the system's prefers-reduced-motion is honoured on top of it. */
  reducedMotion: boolean;
}

export const defaultPrefs = (lang: Lang): Prefs => ({ lang, largeText: false, highContrast: false, reducedMotion: false });

export interface PrefsApi {
  prefs: Prefs;
  setPrefs: (patch: Partial<Prefs>) => void;
}

export const PrefsContext = createContext<PrefsApi | null>(null);

const outside: PrefsApi = { prefs: defaultPrefs('zh'), setPrefs: () => {} };

/** The visitor's choices; outside the visitor shell (the curator workspace reusing a component) the defaults. */
export function usePrefs(): PrefsApi {
  return useContext(PrefsContext) ?? outside;
}

export function useLang(): Lang {
  return usePrefs().prefs.lang;
}

/** The BCP 47 tag for <html lang>: screen readers and the font fallback use it. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-Hans', mn: 'mn-Mong', en: 'en' };

/** True when motion should be calm: the visitor's switch, or the system preference. */
export function motionReduced(prefs: Prefs): boolean {
  return prefs.reducedMotion || (typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches);
}
