import { useState, type ReactElement } from 'react';
import type { Lang } from '../../../../archive/api/contract';
import { api } from '../../api/client';
import { ConfirmDialog, Dialog } from '../components/Dialog';
import type { CuratorKey } from '../i18n/catalog';
import { useCt, useCuratorI18n } from '../i18n/use-ct';
import { call } from '../lib/curator-api';
import { curatorNav, useCuratorNav } from '../lib/nav';
import type { CuratorRoute } from '../lib/route';
import { session, useSession } from '../lib/session';
import { ChangePin } from './ChangePin';
import { CollectionEditor } from './CollectionEditor';
import { CollectionList } from './CollectionList';
import { Curators } from './Curators';
import { ExhibitEditor } from './ExhibitEditor';
import { ExhibitList } from './ExhibitList';
import { History } from './History';
import { ImportScreen } from './ImportScreen';
import { LintScreen } from './LintScreen';
import { Review } from './Review';
import { Settings } from './Settings';

const NAV: { screen: CuratorRoute['screen']; label: CuratorKey; route: CuratorRoute; admin?: boolean }[] = [
  { screen: 'exhibits', label: 'cur.nav.exhibits', route: { screen: 'exhibits', collection: null } },
  { screen: 'collections', label: 'cur.nav.collections', route: { screen: 'collections' } },
  { screen: 'import', label: 'cur.nav.import', route: { screen: 'import' } },
  { screen: 'check', label: 'cur.nav.check', route: { screen: 'check' } },
  { screen: 'review', label: 'cur.nav.review', route: { screen: 'review' } },
  { screen: 'history', label: 'cur.nav.history', route: { screen: 'history', entity: null, entityId: null } },
  { screen: 'settings', label: 'cur.nav.settings', route: { screen: 'settings' } },
  { screen: 'curators', label: 'cur.nav.curators', route: { screen: 'curators' }, admin: true },
];

const SECTION_OF: Partial<Record<CuratorRoute['screen'], CuratorRoute['screen']>> = { exhibit: 'exhibits', collection: 'collections' };

function ScreenFor({ route }: { route: CuratorRoute }): ReactElement {
  switch (route.screen) {
    case 'exhibits':
      return <ExhibitList collection={route.collection} />;
    case 'exhibit':
      return <ExhibitEditor key={`${route.id ?? 'new'}`} id={route.id} collection={route.collection} />;
    case 'collections':
      return <CollectionList />;
    case 'collection':
      return <CollectionEditor key={route.slug ?? 'new'} slug={route.slug} />;
    case 'history':
      return <History entity={route.entity} entityId={route.entityId} />;
    case 'review':
      return <Review />;
    case 'settings':
      return <Settings />;
    case 'curators':
      return <Curators />;
    case 'import':
      return <ImportScreen />;
    case 'check':
      return <LintScreen />;
  }
}

export function Workspace(): ReactElement {
  const t = useCt();
  const { lang, setLang } = useCuratorI18n();
  const { route, pending } = useCuratorNav();
  const { info } = useSession();
  const [pinOpen, setPinOpen] = useState(false);
  const me = info?.curator;
  const section = SECTION_OF[route.screen] ?? route.screen;

  const setPreview = async (preview: boolean) => session.signedIn(await call('curatorSetPreview', { preview }));
  const previewAsVisitor = async () => {
    await setPreview(true);
    // A full load, so the visitor app starts afresh and shows its preview banner.
    location.assign('/home');
  };
  const signOut = async () => {
    if (curatorNav.get().pending) return;
    session.signedOut(await api.curatorLogout({}));
  };

  return (
    <div className="cur-workspace">
      <header className="cur-header">
        <div className="cur-brand">
          <strong>{t('cur.title')}</strong>
          <span>{t('cur.subtitle')}</span>
        </div>
        <div className="cur-header-tools">
          {me && <span className="cur-who">{t('cur.who', { name: me.name, role: t(me.role === 'admin' ? 'cur.role.admin' : 'cur.role.curator') })}</span>}
          <div className="cur-langs" role="group" aria-label={t('cur.lang')}>
            {(['zh', 'mn', 'en'] as Lang[]).map((l) => (
              <button key={l} type="button" className="cur-btn cur-btn-small" aria-pressed={lang === l} onClick={() => setLang(l)}>
                {l === 'zh' ? '中文' : l === 'mn' ? 'ᠮᠣᠩᠭᠣᠯ' : 'English'}
              </button>
            ))}
          </div>
          <button type="button" className="cur-btn cur-btn-small" role="switch" aria-checked={info?.preview ?? false} title={t('cur.preview.explain')} onClick={() => void setPreview(!info?.preview)}>
            {info?.preview ? t('cur.preview.on') : t('cur.preview.off')}
          </button>
          <button type="button" className="cur-btn cur-btn-small" onClick={() => void previewAsVisitor()}>
            {t('cur.preview.open')}
          </button>
          <button type="button" className="cur-btn cur-btn-small" onClick={() => setPinOpen(true)}>
            {t('cur.pin.change')}
          </button>
          <button type="button" className="cur-btn cur-btn-small" onClick={() => void signOut()}>
            {t('cur.nav.signout')}
          </button>
        </div>
      </header>
      <div className="cur-body">
        <nav className="cur-nav" aria-label={t('cur.nav.label')}>
          <ul>
            {NAV.filter((n) => !n.admin || me?.role === 'admin').map((n) => (
              <li key={n.screen}>
                <button type="button" className="cur-nav-item" aria-current={section === n.screen ? 'page' : undefined} onClick={() => curatorNav.go(n.route)}>
                  {t(n.label)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main className="cur-main" id="cur-main">
          <ScreenFor route={route} />
        </main>
      </div>
      {pending && (
        <ConfirmDialog
          title={t('cur.unsaved.title')}
          body={<p>{t('cur.unsaved.body')}</p>}
          confirm={t('cur.unsaved.discard')}
          cancel={t('cur.unsaved.stay')}
          danger
          onConfirm={curatorNav.leaveAnyway}
          onCancel={curatorNav.stay}
        />
      )}
      {pinOpen && (
        <Dialog
          title={t('cur.pin.change')}
          onCancel={() => setPinOpen(false)}
          actions={
            <button type="button" className="cur-btn" onClick={() => setPinOpen(false)}>
              {t('cur.common.close')}
            </button>
          }
        >
          <ChangePin forced={false} />
        </Dialog>
      )}
    </div>
  );
}
