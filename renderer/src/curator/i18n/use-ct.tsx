import { createContext, useCallback, useContext, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import type { Lang } from '../../../../archive/api/contract';
import { curatorCatalog, type CuratorKey } from './catalog';
import { translate, withOverrides, type Strings } from './translate';

export type Ct = (key: CuratorKey, vars?: Record<string, string | number>) => string;

interface I18nApi {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Ct;
  /** Lays curator-reviewed overrides (keys "cur.…") over the shipped strings. */
  applyOverrides: (overrides: readonly { lang: Lang; key: string; value: string }[]) => void;
}

const I18nContext = createContext<I18nApi | null>(null);
const LANG_KEY = 'hak.curator.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return v === 'mn' || v === 'en' ? v : 'zh';
  } catch {
    return 'zh';
  }
}

export function CuratorI18n({ children }: { children: ReactNode }): ReactElement {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const [strings, setStrings] = useState<Strings>(curatorCatalog);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(LANG_KEY, l);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  }, []);
  const applyOverrides = useCallback((o: readonly { lang: Lang; key: string; value: string }[]) => setStrings(withOverrides(curatorCatalog, o)), []);
  const value = useMemo<I18nApi>(() => ({ lang, setLang, applyOverrides, t: (key, vars) => translate(strings, lang, key, vars) }), [lang, setLang, applyOverrides, strings]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useCuratorI18n(): I18nApi {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useCuratorI18n outside CuratorI18n');
  return v;
}

export function useCt(): Ct {
  return useCuratorI18n().t;
}
