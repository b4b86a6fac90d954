import type { ReactElement } from 'react';
import type { CollectionSummary } from '../../../../archive/api/contract';
import { api } from '../../api/client';
import { useKiosk } from '../../app/kiosk';
import { go } from '../../app/nav-store';
import { useLang } from '../../app/prefs';
import { useScreenReady } from '../../app/ready';
import { useQuery } from '../../app/use-query';
import { Icon, type IconName } from '../../components/icons';
import { LocalText } from '../../components/LocalText';
import { UnavailableNotice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Photo } from '../../components/Photo';
import type { UiKey } from '../../i18n/catalog';
import { pickText } from '../../i18n/local-text';
import { useT } from '../../i18n/use-t';
import type { Route } from '../../app/route';
import './home.css';

const EXPLORE: { route: Route; icon: IconName; title: UiKey; hint: UiKey }[] = [
  { route: { name: 'search' }, icon: 'search', title: 'home.search', hint: 'home.searchHint' },
  { route: { name: 'timeline' }, icon: 'timeline', title: 'home.timeline', hint: 'home.timelineHint' },
  { route: { name: 'numbers' }, icon: 'numbers', title: 'home.numbers', hint: 'home.numbersHint' },
];

/** The galleries first and largest, then search, the timeline and the numbers: everything one touch from here. */
export function HomeScreen(): ReactElement {
  const info = useKiosk();
  const t = useT();
  const q = useQuery(() => api.listCollections({}), []);
  useScreenReady('home', q.data !== undefined || q.error !== undefined);
  return (
    <Page className="home" title={<LocalText value={info.title} />} subtitle={t('app.subtitle')}>
      <section className="home-galleries" aria-label={t('home.galleries')}>
        {q.error ? (
          <UnavailableNotice onRetry={q.reload} />
        ) : (
          (q.data?.collections ?? []).map((c) => <GalleryCard key={c.id} collection={c} />)
        )}
      </section>
      <section className="home-explore" aria-label={t('home.explore')}>
        {EXPLORE.map((e) => (
          <button key={e.route.name} type="button" className={`explore-card explore-${e.route.name}`} onClick={() => go.to(e.route)}>
            <Icon name={e.icon} size={56} />
            <span className="explore-text">
              <span className="explore-title v-mn">{t(e.title)}</span>
              <span className="explore-hint">{t(e.hint)}</span>
            </span>
          </button>
        ))}
      </section>
    </Page>
  );
}

function GalleryCard({ collection: c }: { collection: CollectionSummary }): ReactElement {
  const t = useT();
  const lang = useLang();
  const title = pickText(c.title, lang);
  return (
    <button type="button" className={`gallery-card gallery-card-${c.layout}`} onClick={() => go.to({ name: 'gallery', slug: c.slug })} aria-label={t('home.open', { name: title.text })}>
      <span className="gallery-card-art">{c.cover && <Photo media={c.cover} variant="screen" alt="" eager />}</span>
      <span className="gallery-card-text">
        <LocalText value={c.title} className="gallery-card-title v-mn" />
        <span className="gallery-card-meta">
          <LocalText value={c.description} className="gallery-card-desc" />
          <span className="gallery-card-count">{t('home.count', { count: c.exhibitCount })}</span>
        </span>
      </span>
    </button>
  );
}
