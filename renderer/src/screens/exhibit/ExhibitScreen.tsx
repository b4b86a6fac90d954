import { useEffect, useState, type ReactElement } from 'react';
import type { ExhibitDetail, LocalText as LocalTextValue } from '../../../../archive/api/contract';
import { api } from '../../api/client';
import { go } from '../../app/nav-store';
import { motionReduced, usePrefs } from '../../app/prefs';
import { useScreenReady } from '../../app/ready';
import { useQuery } from '../../app/use-query';
import { useSwipe } from '../../app/use-swipe';
import { ExhibitTileCard } from '../../components/ExhibitTileCard';
import { Icon } from '../../components/icons';
import { FallbackMark, LocalText, PickedText } from '../../components/LocalText';
import { Notice } from '../../components/Notice';
import { Photo } from '../../components/Photo';
import { SampleMark } from '../../components/SampleMark';
import { formatExhibitDate } from '../../format/date';
import type { UiKey } from '../../i18n/catalog';
import { displayName, pickText } from '../../i18n/local-text';
import { useT } from '../../i18n/use-t';
import { usePhotoViewer } from './use-photo-viewer';
import './exhibit.css';

const FACTS: { field: keyof Pick<ExhibitDetail, 'hometown' | 'ethnicity' | 'unit' | 'honours' | 'place'>; label: UiKey }[] = [
  { field: 'hometown', label: 'exhibit.hometown' },
  { field: 'ethnicity', label: 'exhibit.ethnicity' },
  { field: 'unit', label: 'exhibit.unit' },
  { field: 'honours', label: 'exhibit.honours' },
  { field: 'place', label: 'exhibit.place' },
];

/**
 * One exhibit: the picture large, who or what it is, the story, the photo strip, the neighbours in the
 * gallery (buttons and a sideways swipe) and related exhibits. Swiping replaces the screen rather than
 * stacking it, so "back" always returns to the gallery.
 */
export function ExhibitScreen({ id }: { id: number }): ReactElement {
  const t = useT();
  const q = useQuery(() => api.getExhibit({ id }), [id]);
  const [direction, setDirection] = useState<'next' | 'previous' | null>(null);
  const ex = q.data && q.data.id === id ? q.data : undefined;
  useScreenReady('exhibit', ex !== undefined || q.error !== undefined);
  const move = (d: 'next' | 'previous') => {
    const target = d === 'next' ? ex?.nextId : ex?.previousId;
    if (!target) return;
    setDirection(d);
    go.replace({ name: 'exhibit', id: target });
  };
  const swipe = useSwipe(move);

  if (q.error && !ex) {
    return (
      <main className="page exhibit-missing">
        <Notice title={t('exhibit.unavailable')}>
          <button type="button" className="btn btn-primary" onClick={go.back}>
            <Icon name="back" />
            <span>{t('nav.back')}</span>
          </button>
        </Notice>
      </main>
    );
  }
  if (!ex) return <main className="page" aria-busy="true" />;
  return (
    <main className={`page exhibit${direction ? ` enter-${direction}` : ''}`} {...swipe}>
      <ExhibitBody ex={ex} />
      <nav className="exhibit-neighbours" aria-label={t('exhibit.swipeHint')}>
        <button type="button" className="btn btn-neighbour" disabled={!ex.previousId} onClick={() => move('previous')}>
          <Icon name="back" size={40} />
          <span>{t('exhibit.previous')}</span>
        </button>
        <span className="exhibit-swipe-hint">{t('exhibit.swipeHint')}</span>
        <button type="button" className="btn btn-neighbour" disabled={!ex.nextId} onClick={() => move('next')}>
          <span>{t('exhibit.next')}</span>
          <Icon name="forward" size={40} />
        </button>
      </nav>
    </main>
  );
}

function ExhibitBody({ ex }: { ex: ExhibitDetail }): ReactElement {
  const t = useT();
  const { prefs } = usePrefs();
  const lang = prefs.lang;
  const viewer = usePhotoViewer(ex.media, motionReduced(prefs));
  const name = displayName(ex, lang);
  const subtitle = ex.name.zh && ex.title.zh && ex.title.zh !== ex.name.zh ? pickText(ex.title, lang) : null;
  const years = ex.birthYear ? (ex.deathYear ? t('exhibit.years', { birth: ex.birthYear, death: ex.deathYear }) : t('exhibit.born', { birth: ex.birthYear })) : '';
  const date = formatExhibitDate(ex.date, lang, t);
  const hero = ex.media[0] ?? ex.cover;
  useEffect(() => {
    // A new exhibit starts at the top, whichever way the visitor arrived.
    document.querySelector('.exhibit-info')?.scrollTo({ top: 0 });
  }, [ex.id]);
  return (
    <div className="exhibit-layout">
      <section className="exhibit-media" aria-label={t('exhibit.photos')}>
        {hero ? (
          <button type="button" className="exhibit-hero" onClick={() => viewer.open(0)} aria-label={t('exhibit.openPhoto', { name: name.text })}>
            <Photo media={hero} variant="screen" alt="" eager fit="contain" />
            <span className="exhibit-zoom-hint">
              <Icon name="zoom" size={28} />
              {t('exhibit.zoomHint')}
            </span>
          </button>
        ) : (
          <div className="exhibit-hero exhibit-hero-empty">{t('exhibit.noPhoto')}</div>
        )}
        {ex.media.length > 1 && (
          <ul className="exhibit-strip">
            {ex.media.map((m, i) => (
              <li key={m.sha256}>
                <button type="button" className="strip-thumb" onClick={() => viewer.open(i)} aria-label={`${t('exhibit.photoN', { n: i + 1 })}: ${pickText(m.caption, lang).text || pickText(m.alt, lang).text}`}>
                  <Photo media={m} variant="thumb" alt="" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="exhibit-info">
        <header className="exhibit-header">
          <h1 className="exhibit-name v-mn">
            <PickedText picked={name} />
          </h1>
          <div className="exhibit-headline">
            {subtitle && <PickedText picked={subtitle} as="p" className="exhibit-title" />}
            {(years || date) && <p className="exhibit-dates">{[years, date].filter(Boolean).join(' · ')}</p>}
            <div className="exhibit-marks">
              {ex.sample && <SampleMark large />}
              {ex.status === 'draft' && <span className="mark mark-draft">{t('preview.draft')}</span>}
            </div>
          </div>
        </header>
        <dl className="exhibit-facts">
          {FACTS.filter((f) => ex[f.field].zh.trim()).map((f) => (
            <div key={f.field} className="fact">
              <dt>{t(f.label)}</dt>
              <dd>
                <LocalText value={ex[f.field]} />
              </dd>
            </div>
          ))}
          {ex.tags.length > 0 && (
            <div className="fact">
              <dt>{t('exhibit.tags')}</dt>
              <dd lang="zh-Hans">{ex.tags.join(' · ')}</dd>
            </div>
          )}
        </dl>
        <Story body={ex.body} />
        {(ex.credit.zh || ex.rights) && (
          <p className="exhibit-credit">
            <span className="exhibit-credit-label">{t('exhibit.credit')}</span>
            <LocalText value={ex.credit} />
            {ex.rights && <span className="exhibit-rights">{ex.rights}</span>}
          </p>
        )}
        {ex.related.length > 0 && (
          <section className="exhibit-related" aria-label={t('exhibit.related')}>
            <h2 className="section-title">{t('exhibit.related')}</h2>
            <div className="related-strip">
              {ex.related.map((r) => (
                <ExhibitTileCard key={r.id} tile={r} shape={r.kind === 'person' ? 'portrait' : 'landscape'} />
              ))}
            </div>
          </section>
        )}
      </section>
    </div>
  );
}

function Story({ body }: { body: LocalTextValue }): ReactElement | null {
  const t = useT();
  const { prefs } = usePrefs();
  const picked = pickText(body, prefs.lang);
  if (!picked.text) return null;
  return (
    <section className="exhibit-story" aria-label={t('exhibit.story')}>
      <h2 className="section-title">{t('exhibit.story')}</h2>
      <div lang={picked.lang === 'zh' ? 'zh-Hans' : picked.lang === 'mn' ? 'mn-Mong' : 'en'}>
        {picked.text
          .split(/\n{1,}/)
          .filter((p) => p.trim())
          .map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        {picked.fallback && <FallbackMark />}
      </div>
    </section>
  );
}
