import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import type { ApiOutput, SearchOutput } from '../../../../archive/api/contract';
import { api, prepareKeyCalls } from '../../api/client';
import { go } from '../../app/nav-store';
import { useLang } from '../../app/prefs';
import { useScreenReady } from '../../app/ready';
import { useScreenMemo } from '../../app/screen-memo';
import { useQuery } from '../../app/use-query';
import { Icon } from '../../components/icons';
import { LocalText } from '../../components/LocalText';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { pickText } from '../../i18n/local-text';
import { useT } from '../../i18n/use-t';
import { applyKey, splitComposition, type KeyAction } from './composition';
import { SearchCaret } from './SearchCaret';
import { SearchHitCard } from './SearchHitCard';
import { SearchKeyboard, type KeyboardLayout } from './SearchKeyboard';
import './search.css';

const PAGE = 24;
const MAX_RESULTS = 96;
/**
 * Hits asked for on a key: more than fill the list on a 1440p screen. The archive answers a third as much as
 * for a full page, so the reply reaches the screen sooner on a machine whose two cores also draw the key.
 */
const FIRST_CARDS = 8;
/** The full page of hits (below the fold) is asked for once the text has not changed for this long. */
const REST_AFTER_MS = 300;
/** Results older than the text are dimmed (and marked busy) only once the answer is this late. */
const BUSY_AFTER_MS = 250;
const INITIALS_EXAMPLE = 'zmtyjr';

type Candidates = ApiOutput<'pinyinCandidates'>['candidates'];

declare const scheduler: { postTask?: (fn: () => void, options: { priority: 'background' }) => Promise<void> } | undefined;

/**
 * Runs `fn` after the frame being prepared has been painted (rAF runs before that paint; a task posted from
 * it, after), behind any other waiting task (input first), so the follow-up work never delays that frame.
 */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => {
    if (typeof scheduler !== 'undefined' && scheduler.postTask) void scheduler.postTask(fn, { priority: 'background' });
    else setTimeout(fn, 0);
  });
}

/**
 * Search with our own keyboard: every key updates the results (a late answer for an older text is dropped),
 * typed pinyin offers matching characters from the archive in a candidate bar, and "nothing found" suggests
 * what to try next. The text lives with the screen, so "back" from a result returns to the same search.
 */
export function SearchScreen(): ReactElement {
  const t = useT();
  const lang = useLang();
  const [text, setText] = useScreenMemo<string>('text', '');
  const [layout, setLayout] = useState<KeyboardLayout>('letters');
  const [limit, setLimit] = useState(PAGE);
  /** `complete`: the hits are the whole page asked for (`limit`), not just the first cards of a new text. */
  const [result, setResult] = useState<{ q: string; out: SearchOutput; complete: boolean } | null>(null);
  const shownQ = useRef<string | null>(null);
  shownQ.current = result?.q ?? null;
  const [failed, setFailed] = useState(false);
  const [candidates, setCandidates] = useState<{ pinyin: string; list: Candidates }>({ pinyin: '', list: [] });
  const seq = useRef(0);
  const collections = useQuery(() => api.listCollections({}), []);
  const { pinyin } = splitComposition(text);
  const q = text.trim();
  useScreenReady('search', collections.data !== undefined || collections.error !== undefined);
  useEffect(() => prepareKeyCalls(), []);

  // The search for a text, started at most once: a key starts it in its own handler, before React renders
  // the key, and the effect below picks up the same call.
  const started = useRef<{ key: string; out: Promise<SearchOutput> } | null>(null);
  const searchFor = useCallback((q: string, limit: number) => {
    const key = `${limit} ${q}`;
    if (started.current?.key !== key) {
      const out = api.search({ q, limit });
      out.catch(() => {}); // a call overtaken by the next key is never awaited; the effect handles its failure
      started.current = { key, out };
    }
    return started.current.out;
  }, []);

  // Results first, then the candidate bar: the results, which the visitor is watching, are drawn in the task
  // that receives them, and the candidates are asked for only once that frame is painted, so they never queue
  // ahead of the results on the archive's single thread nor add their own drawing to the results' frame.
  useEffect(() => {
    const n = ++seq.current;
    const live = () => n === seq.current;
    if (!q) {
      setResult(null);
      setFailed(false);
      setCandidates({ pinyin: '', list: [] });
      return;
    }
    const candidatesFor = () => {
      if (!live()) return;
      if (!pinyin) return setCandidates({ pinyin: '', list: [] });
      api.pinyinCandidates({ pinyin, limit: 24 }).then(
        (r) => live() && setCandidates({ pinyin, list: r.candidates }),
        () => live() && setCandidates({ pinyin, list: [] }),
      );
    };
    const show = (out: SearchOutput, complete: boolean, thenCandidates = true) => {
      if (!live()) return;
      flushSync(() => {
        setFailed(false);
        setResult({ q, out, complete });
      });
      if (thenCandidates) afterPaint(candidatesFor);
    };
    const fail = () => {
      if (!live()) return;
      setFailed(true);
      candidatesFor();
    };
    if (shownQ.current === q) {
      // More results for the text on screen (the "more" button): the cards already there stay, the rest join them.
      searchFor(q, limit).then((out) => show(out, true), fail);
    } else {
      searchFor(q, FIRST_CARDS).then((first) => {
        const all = first.hits.length >= first.total;
        show(first, all);
        if (all) return;
        // While keys keep coming, the cards below the fold would be replaced before anyone could scroll to them.
        window.setTimeout(() => {
          // A failure here leaves the first cards in place; the next key or "back" asks again.
          if (live()) searchFor(q, limit).then((out) => show(out, true, false), () => {});
        }, REST_AFTER_MS);
      }, fail);
    }
    // Leaving the screen (or the kiosk resetting) drops whatever is still on its way.
    return () => {
      if (n === seq.current) seq.current++;
    };
  }, [q, limit, pinyin, searchFor]);

  // Keys can arrive faster than React renders: the latest text lives in a ref, so no key is ever lost.
  const latest = useRef(text);
  latest.current = text;
  const type = useCallback(
    (next: string) => {
      latest.current = next;
      // The same text as on screen (a trailing space) is answered by the effect with a full page.
      if (next.trim() && next.trim() !== shownQ.current) void searchFor(next.trim(), FIRST_CARDS);
      setLimit(PAGE);
      setText(next);
    },
    [setText, searchFor],
  );
  const act = useCallback((a: KeyAction) => type(applyKey(latest.current, a)), [type]);

  const titleOf = (slug: string) => {
    const c = collections.data?.collections.find((x) => x.slug === slug);
    return c ? pickText(c.title, lang).text : '';
  };
  // While the answer for the newest key is on its way the previous results stay, so each key updates the list
  // in place instead of emptying and refilling it. They are dimmed and marked busy only when the answer is
  // late: an answer in time changes nothing in the list until it is drawn (no restyle, no fade started and
  // cancelled on every key).
  const shown = q ? result : null;
  const stale = shown !== null && shown.q !== q;
  const [late, setLate] = useState(false);
  useEffect(() => {
    setLate(false);
    if (!stale) return;
    const timer = window.setTimeout(() => setLate(true), BUSY_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [stale]);

  return (
    <Page className="search" title={t('search.title')}>
      <div className="search-layout">
        <div className="search-input">
          <div className="search-field" role="searchbox" aria-label={t('search.field')} aria-readonly="true" aria-placeholder={t('search.placeholder')}>
            <Icon name="search" size={40} />
            <span className="search-text" lang="zh-Hans">
              {splitComposition(text).committed}
              {pinyin && <span className="search-pinyin">{pinyin}</span>}
            </span>
            <SearchCaret text={text} />
            {!text && <span className="search-placeholder">{t('search.placeholder')}</span>}
          </div>
          <div className="candidates" role="group" aria-label={t('search.candidates')}>
            {pinyin && candidates.pinyin === pinyin && candidates.list.length > 0 ? (
              candidates.list.map((c) => (
                <button key={c.text} type="button" className="candidate" lang="zh-Hans" aria-label={t('search.candidate', { text: c.text })} onClick={() => act({ type: 'candidate', text: c.text })}>
                  {c.text}
                </button>
              ))
            ) : (
              <span className="candidates-hint">{pinyin ? t('search.noCandidates') : t('search.candidates')}</span>
            )}
          </div>
          <SearchKeyboard layout={layout} onAction={act} onLayout={setLayout} />
        </div>
        <section className="search-results" aria-label={t('search.results.list')} aria-busy={(stale && late) || undefined} data-query={shown?.q ?? ''}>
          {!q ? (
            <div className="search-start">
              <p className="search-start-lead">{t('search.start')}</p>
              <p>
                {t('search.examples')}{' '}
                <button type="button" className="chip" onClick={() => type(INITIALS_EXAMPLE)}>
                  {INITIALS_EXAMPLE}
                </button>
              </p>
              <p className="search-tip">{t('search.tryInitials', { example: INITIALS_EXAMPLE })}</p>
            </div>
          ) : failed ? (
            <Notice title={t('error.unavailable')} />
          ) : !shown ? (
            <Notice title={t('search.searching')} busy />
          ) : shown.out.total === 0 ? (
            <NoResults q={shown.q} onTry={type} collections={collections.data?.collections ?? []} />
          ) : (
            <>
              <p className="search-count" role="status">
                {t('search.results', { count: shown.out.total })}
              </p>
              {shown.out.didYouMean && (
                <button type="button" className="btn btn-quiet did-you-mean" onClick={() => type(shown.out.didYouMean ?? '')}>
                  {t('search.didYouMean', { q: shown.out.didYouMean })}
                </button>
              )}
              <ul className="hits">
                {shown.out.hits.map((h) => (
                  <li key={h.exhibit.id}>
                    <SearchHitCard hit={h} collectionTitle={titleOf(h.collectionSlug)} t={t} lang={lang} />
                  </li>
                ))}
              </ul>
              {shown.complete && shown.out.total > shown.out.hits.length && limit < MAX_RESULTS && (
                <button type="button" className="btn btn-quiet search-more" onClick={() => setLimit((l) => Math.min(MAX_RESULTS, l + PAGE))}>
                  {t('search.more')}
                </button>
              )}
            </>
          )}
        </section>
      </div>
    </Page>
  );
}

function NoResults({ q, onTry, collections }: { q: string; onTry: (text: string) => void; collections: ApiOutput<'listCollections'>['collections'] }): ReactElement {
  const t = useT();
  return (
    <div className="no-results" role="status">
      <p className="notice-title">{t('search.noResults', { q })}</p>
      <ul className="tips">
        <li>
          {t('search.tryInitials', { example: INITIALS_EXAMPLE })}{' '}
          <button type="button" className="chip" onClick={() => onTry(INITIALS_EXAMPLE)}>
            {INITIALS_EXAMPLE}
          </button>
        </li>
        {Array.from(q).length > 2 && (
          <li>
            {t('search.tryFewer')}{' '}
            <button type="button" className="chip" lang="zh-Hans" onClick={() => onTry(Array.from(q).slice(0, 2).join(''))}>
              {Array.from(q).slice(0, 2).join('')}
            </button>
          </li>
        )}
        <li>
          {t('search.tryBrowse')}
          <span className="tips-galleries">
            {collections.map((c) => (
              <button key={c.slug} type="button" className="chip" onClick={() => go.to({ name: 'gallery', slug: c.slug })}>
                <LocalText value={c.title} />
              </button>
            ))}
          </span>
        </li>
      </ul>
    </div>
  );
}
