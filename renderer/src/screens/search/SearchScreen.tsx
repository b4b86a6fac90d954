import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import type { ApiOutput, SearchOutput } from '../../../../archive/api/contract';
import { api } from '../../api/client';
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
import { SearchHitCard } from './SearchHitCard';
import { SearchKeyboard, type KeyboardLayout } from './SearchKeyboard';
import './search.css';

const PAGE = 24;
const MAX_RESULTS = 96;
const INITIALS_EXAMPLE = 'zmtyjr';

type Candidates = ApiOutput<'pinyinCandidates'>['candidates'];

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
  const [result, setResult] = useState<{ q: string; out: SearchOutput } | null>(null);
  const [failed, setFailed] = useState(false);
  const [candidates, setCandidates] = useState<{ pinyin: string; list: Candidates }>({ pinyin: '', list: [] });
  const seq = useRef(0);
  const collections = useQuery(() => api.listCollections({}), []);
  const { pinyin } = splitComposition(text);
  const q = text.trim();
  useScreenReady('search', collections.data !== undefined || collections.error !== undefined);

  // Results first, then the candidate bar: the two calls are chained so the results, which the visitor is
  // watching, never queue behind the candidates on the archive's single thread.
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
    api.search({ q, limit }).then(
      (out) => {
        if (!live()) return;
        setFailed(false);
        setResult({ q, out });
        candidatesFor();
      },
      () => {
        if (!live()) return;
        setFailed(true);
        candidatesFor();
      },
    );
  }, [q, limit, pinyin]);

  // Keys can arrive faster than React renders: the latest text lives in a ref, so no key is ever lost.
  const latest = useRef(text);
  latest.current = text;
  const type = useCallback(
    (next: string) => {
      latest.current = next;
      setLimit(PAGE);
      setText(next);
    },
    [setText],
  );
  const act = useCallback((a: KeyAction) => type(applyKey(latest.current, a)), [type]);

  const titleOf = (slug: string) => {
    const c = collections.data?.collections.find((x) => x.slug === slug);
    return c ? pickText(c.title, lang).text : '';
  };
  // While the answer for the newest key is on its way the previous results stay (marked busy), so each key
  // updates the list in place instead of emptying and refilling it.
  const shown = q ? result : null;
  const stale = shown !== null && shown.q !== q;

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
            <span className="search-caret" aria-hidden="true" />
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
        <section className="search-results" aria-label={t('search.results.list')} aria-busy={stale || undefined} data-query={shown?.q ?? ''}>
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
              {shown.out.total > shown.out.hits.length && limit < MAX_RESULTS && (
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
