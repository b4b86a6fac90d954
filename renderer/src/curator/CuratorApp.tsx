// The curator workspace, mounted lazily by the visitor app at /curator. Self-contained: its own strings,
// styles and session handling, so none of it weighs on the visitor's first load.
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import '@fontsource/noto-sans-sc/chinese-simplified-700.css';
import '@fontsource/noto-sans-sc/latin-400.css';
import '@fontsource/noto-sans-sc/latin-700.css';
import '@fontsource/noto-sans-mongolian/mongolian-400.css';
import './curator.css';
import { useEffect, type ReactElement } from 'react';
import { api } from '../api/client';
import { CuratorI18n, useCt, useCuratorI18n } from './i18n/use-ct';
import { useIdleWatch } from './lib/idle-watch';
import { session, useSession } from './lib/session';
import { ChangePin } from './screens/ChangePin';
import { SignIn } from './screens/SignIn';
import { Workspace } from './screens/Workspace';

export default function CuratorApp(): ReactElement {
  return (
    <CuratorI18n>
      <Root />
    </CuratorI18n>
  );
}

function Root(): ReactElement {
  const t = useCt();
  const { lang, applyOverrides } = useCuratorI18n();
  const s = useSession();

  useEffect(() => {
    void session.refresh();
    api.getUiStringOverrides({}).then((o) => applyOverrides(o.overrides), () => undefined);
  }, [applyOverrides]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.screen = 'curator';
    root.lang = lang === 'zh' ? 'zh-Hans' : lang === 'mn' ? 'mn-Mong' : 'en';
    document.title = `${t('cur.title')} · ${t('cur.subtitle')}`;
  }, [lang, t]);

  // Ready once the first real screen (sign-in or workspace) is on the page: tests and the shell wait on it.
  useEffect(() => {
    document.documentElement.dataset.ready = s.info ? 'true' : 'false';
  }, [s.info]);

  useIdleWatch(s.info?.signedIn === true, s.info?.idleMinutes ?? 10);

  if (!s.info) {
    return (
      <div className="cur cur-signin-page">
        <p className="cur-notice" role="status">
          {s.offline ? t('cur.offline') : t('cur.loading')}
        </p>
        {s.offline && (
          <button type="button" className="cur-btn" onClick={() => void session.refresh()}>
            {t('cur.common.reload')}
          </button>
        )}
      </div>
    );
  }
  if (!s.info.signedIn && !s.lost) {
    return (
      <div className="cur">
        <SignIn />
      </div>
    );
  }
  if (s.info.signedIn && s.info.mustChangePin) {
    return (
      <div className="cur cur-signin-page">
        <ChangePin forced />
      </div>
    );
  }
  return (
    <div className="cur">
      <div inert={s.lost ? true : undefined} aria-hidden={s.lost ? true : undefined} className={s.lost ? 'cur-workspace-frame cur-covered' : 'cur-workspace-frame'}>
        <Workspace />
      </div>
      {s.lost && <SignIn overlay />}
    </div>
  );
}
