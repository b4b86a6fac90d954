import { useState, type ReactElement } from 'react';
import { go, useNav } from '../app/nav-store';
import { usePrefs } from '../app/prefs';
import { LANGS } from '../i18n/catalog';
import { useT } from '../i18n/use-t';
import { A11yPanel } from './A11yPanel';
import { Icon } from './icons';

/** Always on screen (except the attract loop): home, back, language and reading aids, each one touch away. */
export function TopBar(): ReactElement {
  const t = useT();
  const { prefs, setPrefs } = usePrefs();
  const { stack } = useNav();
  const [panel, setPanel] = useState(false);
  const atHome = stack.length === 1 && stack[0]?.route.name === 'home';
  return (
    <header className="topbar">
      <nav className="topbar-nav" aria-label={t('nav.main')}>
        <button type="button" className="btn btn-bar" onClick={go.home} aria-current={atHome ? 'page' : undefined}>
          <Icon name="home" />
          <span>{t('nav.home')}</span>
        </button>
        {!atHome && (
          <button type="button" className="btn btn-bar" onClick={go.back}>
            <Icon name="back" />
            <span>{t('nav.back')}</span>
          </button>
        )}
      </nav>
      <div className="topbar-tools">
        <div className="lang-switch" role="group" aria-label={t('lang.label')}>
          <Icon name="globe" size={28} />
          {LANGS.map((lang) => (
            <button
              key={lang}
              type="button"
              className={`btn btn-lang lang-${lang}`}
              aria-pressed={prefs.lang === lang}
              lang={lang === 'mn' ? 'mn-Mong' : lang === 'zh' ? 'zh-Hans' : 'en'}
              onClick={() => setPrefs({ lang })}
            >
              {t(`lang.${lang}`)}
            </button>
          ))}
        </div>
        <button type="button" className="btn btn-bar" aria-haspopup="dialog" aria-expanded={panel} onClick={() => setPanel(true)}>
          <Icon name="text" />
          <span>{t('a11y.button')}</span>
        </button>
      </div>
      {panel && <A11yPanel onClose={() => setPanel(false)} />}
    </header>
  );
}
