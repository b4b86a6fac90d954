import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import type { ApiOutput } from '../../../../archive/api/contract';
import { api } from '../../api/client';
import { go } from '../../app/nav-store';
import { motionReduced, usePrefs } from '../../app/prefs';
import { useScreenReady } from '../../app/ready';
import { useScreenMemo } from '../../app/screen-memo';
import { useQuery } from '../../app/use-query';
import { Icon } from '../../components/icons';
import { LocalText } from '../../components/LocalText';
import { UnavailableNotice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Photo } from '../../components/Photo';
import { SampleMark } from '../../components/SampleMark';
import { isUiKey } from '../../i18n/catalog';
import { useT } from '../../i18n/use-t';
import { buildTimeline, groupByTopic, type TimelineYear } from './timeline-model';
import './timeline.css';

type TimelineEvent = ApiOutput<'getTimeline'>['events'][number];

/**
 * Thirty years of the tradition: decades, then every year on a ruler, then a sideways-swiping track with one
 * column per year and its events. Reported facts are marked as milestones, this year is marked, and undated
 * facts follow as themed panels.
 */
export function TimelineScreen(): ReactElement {
  const t = useT();
  const { prefs } = usePrefs();
  const q = useQuery(() => api.getTimeline({}), []);
  const model = useMemo(() => buildTimeline(q.data?.events ?? [], new Date().getFullYear()), [q.data]);
  const themes = useMemo(() => groupByTopic(q.data?.panels ?? []), [q.data]);
  const firstWithEvents = model.years.find((y) => y.events.length > 0)?.year ?? model.years[0]?.year ?? model.thisYear;
  const [chosen, setYear] = useScreenMemo<number | null>('year', null);
  const year = chosen ?? firstWithEvents;
  const track = useRef<HTMLDivElement>(null);
  const ruler = useRef<HTMLDivElement>(null);
  const themesRef = useRef<HTMLElement>(null);
  const smooth: ScrollBehavior = motionReduced(prefs) ? 'auto' : 'smooth';
  useScreenReady('timeline', q.data !== undefined || q.error !== undefined);

  const column = (y: number) => track.current?.querySelector<HTMLElement>(`[data-year="${y}"]`);
  const jump = (y: number, behavior: ScrollBehavior = smooth) => {
    setYear(y);
    const el = column(y);
    if (el && track.current) track.current.scrollTo({ left: el.offsetLeft, behavior });
  };

  useEffect(() => {
    if (q.data) jump(year, 'auto');
    // Only once the data is in: later moves come from the visitor.
  }, [q.data]);

  useEffect(() => {
    const chip = ruler.current?.querySelector<HTMLElement>(`[data-year="${year}"]`);
    chip?.scrollIntoView({ block: 'nearest', inline: 'center', behavior: smooth });
  }, [year, smooth]);

  const onTrackScroll = () => {
    const el = track.current;
    if (!el) return;
    // The year in view is the first column mostly on screen: the one a jump aligns to the left edge.
    for (const col of el.querySelectorAll<HTMLElement>('[data-year]')) {
      const left = col.offsetLeft;
      if (left + col.offsetWidth / 2 > el.scrollLeft) {
        const y = Number(col.dataset.year);
        if (y !== year) setYear(y);
        return;
      }
    }
  };

  if (q.error) {
    return (
      <Page title={t('timeline.title')}>
        <UnavailableNotice onRetry={q.reload} />
      </Page>
    );
  }
  const decadeOf = (y: number) => Math.floor(y / 10) * 10;
  return (
    <Page className="timeline" title={t('timeline.title')} subtitle={t('timeline.subtitle')}>
      <div className="timeline-decades" role="group" aria-label={t('timeline.decades')}>
        {model.decades.map((d) => (
          <button key={d.decade} type="button" className="btn btn-decade" aria-pressed={decadeOf(year) === d.decade} onClick={() => jump((d.years.find((y) => y.events.length) ?? d.years[0]!).year)}>
            {t('timeline.decade', { decade: d.decade })}
          </button>
        ))}
        {themes.length > 0 && (
          <button type="button" className="btn btn-quiet btn-themes" onClick={() => themesRef.current?.scrollIntoView({ behavior: smooth, block: 'start' })}>
            {t('timeline.themes')}
          </button>
        )}
      </div>
      <div className="timeline-ruler" ref={ruler} role="group" aria-label={t('timeline.years')}>
        {model.years.map((y) => (
          <button
            key={y.year}
            type="button"
            data-year={y.year}
            className={`ruler-year${y.events.length ? ' has-events' : ''}${y.milestone ? ' is-milestone' : ''}${y.year === model.thisYear ? ' is-now' : ''}`}
            aria-pressed={year === y.year}
            aria-label={`${t('timeline.year', { year: y.year })}${y.year === model.thisYear ? ` · ${t('timeline.thisYear')}` : ''}${y.milestone ? ` · ${t('timeline.milestone')}` : ''}`}
            onClick={() => jump(y.year)}
          >
            <span className="ruler-num">{y.year}</span>
            <span className="ruler-dot" aria-hidden="true">
              {y.milestone ? <Icon name="star" size={20} /> : null}
            </span>
            {y.year === model.thisYear && <span className="ruler-now">{t('timeline.thisYear')}</span>}
          </button>
        ))}
      </div>
      <p className="timeline-hint">{t('timeline.swipeHint')}</p>
      <div className="timeline-track" ref={track} onScroll={onTrackScroll}>
        {model.years.map((y) => (
          <YearColumn key={y.year} y={y} thisYear={model.thisYear} />
        ))}
      </div>
      {themes.length > 0 && (
        <section className="timeline-themes" ref={themesRef} aria-label={t('timeline.themes')}>
          <h2 className="section-title v-mn">{t('timeline.themes')}</h2>
          {themes.map((g) => {
            const key = `topic.${g.topic}`;
            return (
              <section key={g.topic} className="theme" aria-label={isUiKey(key) ? t(key) : t('topic.other')}>
                <h3 className="theme-title">{isUiKey(key) ? t(key) : t('topic.other')}</h3>
                <div className="theme-cards">
                  {g.panels.map((p) => (
                    <EventCard key={p.id} event={p} />
                  ))}
                </div>
              </section>
            );
          })}
        </section>
      )}
    </Page>
  );
}

function YearColumn({ y, thisYear }: { y: TimelineYear<TimelineEvent>; thisYear: number }): ReactElement {
  const t = useT();
  return (
    <section className={`year-col${y.events.length ? '' : ' is-empty'}`} data-year={y.year} aria-label={t('timeline.events', { year: y.year })}>
      <h2 className="year-title">
        <span>{t('timeline.year', { year: y.year })}</span>
        {y.year === thisYear && <span className="mark mark-now">{t('timeline.thisYear')}</span>}
      </h2>
      {y.events.length === 0 ? <p className="year-empty">{t('timeline.noEvents')}</p> : y.events.map((e) => <EventCard key={e.id} event={e} />)}
    </section>
  );
}

function EventCard({ event: e }: { event: TimelineEvent }): ReactElement {
  const t = useT();
  const pic = e.cover ?? e.media[0];
  return (
    <button type="button" className="event-card" onClick={() => go.to({ name: 'exhibit', id: e.id })}>
      {pic && <Photo media={pic} variant="thumb" alt="" />}
      <span className="event-text">
        <span className="event-marks">
          {e.kind === 'event' && !e.sample && (
            <span className="mark mark-milestone" role="note" aria-label={`${t('timeline.milestone')}: ${t('timeline.milestoneExplain')}`}>
              <Icon name="star" size={18} />
              {t('timeline.milestone')}
            </span>
          )}
          {e.sample && <SampleMark />}
        </span>
        <LocalText value={e.name.zh ? e.name : e.title} className="event-title" />
        <LocalText value={e.body} className="event-body" />
      </span>
    </button>
  );
}
