import { useId, useMemo, useState, type ReactElement } from 'react';
import type { ReviewItem } from '../../../../archive/api/contract';
import { catalog as visitorCatalog, needsReview as visitorNeedsReview } from '../../i18n/catalog';
import { ErrorNote } from '../components/Badges';
import { Toggle } from '../components/fields';
import { curatorCatalog, curatorNeedsReview } from '../i18n/catalog';
import { useCt } from '../i18n/use-ct';
import { fieldName } from '../lib/field-names';
import { call } from '../lib/curator-api';
import { placeholderProblem, uiStringsToReview, type UiStringRow } from '../lib/review-list';
import { useLoad } from '../lib/use-load';

type Tab = 'content' | 'ui';
const SHOW = 80;

export function Review(): ReactElement {
  const t = useCt();
  const [tab, setTab] = useState<Tab>('content');
  const [lang, setLang] = useState<'mn' | 'en'>('mn');
  return (
    <div className="cur-page">
      <div className="cur-page-head">
        <h1>{t('cur.review.title')}</h1>
        <div className="cur-field">
          <label htmlFor="cur-review-lang">{t('cur.review.lang')}</label>
          <select id="cur-review-lang" value={lang} onChange={(e) => setLang(e.target.value as 'mn' | 'en')}>
            <option value="mn">{t('cur.lang.mn')}</option>
            <option value="en">{t('cur.lang.en')}</option>
          </select>
        </div>
      </div>
      <div className="cur-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'content'} className="cur-tab" onClick={() => setTab('content')}>
          {t('cur.review.content')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'ui'} className="cur-tab" onClick={() => setTab('ui')}>
          {t('cur.review.ui')}
        </button>
      </div>
      <div role="tabpanel">{tab === 'content' ? <ContentReview lang={lang} /> : <UiReview lang={lang} />}</div>
    </div>
  );
}

function ContentReview({ lang }: { lang: 'mn' | 'en' }): ReactElement {
  const t = useCt();
  const list = useLoad(() => call('listReviewItems', { lang, limit: 500 }), [lang]);
  const [done, setDone] = useState<Set<string>>(new Set());
  const key = (i: ReviewItem) => `${i.entity}:${i.entityId}:${i.field}:${i.lang}`;
  if (!list.data) return <ErrorNote error={list.error} />;
  const items = list.data.items.filter((i) => !done.has(key(i)));
  return (
    <>
      <p className="cur-count">{t('cur.review.count', { n: list.data.total - done.size })}</p>
      {items.length === 0 && <p className="cur-empty">{t('cur.review.none')}</p>}
      <ul className="cur-review-list">
        {items.map((i) => (
          <ReviewRow
            key={key(i)}
            title={`${i.label} · ${fieldName(t, i.field, i.entity)}`}
            source={i.source}
            value={i.value}
            lang={i.lang}
            onSave={async (value) => {
              await call('reviewTranslation', { entity: i.entity, entityId: i.entityId, field: i.field, lang: i.lang, value });
              setDone((d) => new Set(d).add(key(i)));
            }}
          />
        ))}
      </ul>
    </>
  );
}

function UiReview({ lang }: { lang: 'mn' | 'en' }): ReactElement {
  const t = useCt();
  const overrides = useLoad(() => call('getUiStringOverrides', {}), []);
  const [showConfirmed, setShowConfirmed] = useState(false);
  const [limit, setLimit] = useState(SHOW);
  const rows = useMemo(
    () =>
      overrides.data
        ? uiStringsToReview(
            [
              { catalog: visitorCatalog, needsReview: visitorNeedsReview },
              { catalog: curatorCatalog, needsReview: curatorNeedsReview },
            ],
            overrides.data.overrides,
            lang,
          )
        : [],
    [overrides.data, lang],
  );
  if (!overrides.data) return <ErrorNote error={overrides.error} />;
  const open = rows.filter((r) => showConfirmed || !r.reviewed);
  return (
    <>
      <div className="cur-filters">
        <p className="cur-count">{t('cur.review.count', { n: rows.filter((r) => !r.reviewed).length })}</p>
        <Toggle label={t('cur.review.showConfirmed')} checked={showConfirmed} onChange={setShowConfirmed} />
      </div>
      {open.length === 0 && <p className="cur-empty">{t('cur.review.none')}</p>}
      <ul className="cur-review-list">
        {open.slice(0, limit).map((r: UiStringRow) => (
          <ReviewRow
            key={`${lang}:${r.key}`}
            title={r.key}
            source={r.source}
            value={r.value}
            lang={lang}
            reviewed={r.reviewed}
            onReset={r.overridden ? async () => call('saveUiString', { lang, key: r.key, value: null }).then(overrides.reload) : undefined}
            onSave={async (value) => {
              await call('saveUiString', { lang, key: r.key, value });
              overrides.reload();
            }}
          />
        ))}
      </ul>
      {open.length > limit && (
        <button type="button" className="cur-btn" onClick={() => setLimit((n) => n + SHOW)}>
          {t('cur.common.more')}
        </button>
      )}
    </>
  );
}

function ReviewRow(p: { title: string; source: string; value: string; lang: 'mn' | 'en'; reviewed?: boolean; onSave: (value: string) => Promise<unknown>; onReset?: (() => Promise<unknown>) | undefined }): ReactElement {
  const t = useCt();
  const [value, setValue] = useState(p.value);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const holes = placeholderProblem(p.source, value);
  const changed = value !== p.value;
  const run = async (job: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await job();
      setError(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const id = useId();
  return (
    <li className="cur-review-row">
      <h3>{p.title}</h3>
      <div className="cur-review-cols">
        <div>
          <span className="cur-review-label">{t('cur.review.source')}</span>
          <p className="cur-review-source" lang="zh-Hans">
            {p.source}
          </p>
        </div>
        <div className="cur-field">
          <label htmlFor={id}>
            {t(p.lang === 'mn' ? 'cur.lang.mn' : 'cur.lang.en')}
            {!value.trim() && <span className="cur-badge cur-badge-missing">{t('cur.review.missingValue')}</span>}
            {p.reviewed && <span className="cur-badge cur-badge-published">{t('cur.review.confirmed')}</span>}
          </label>
          <textarea id={id} rows={2} value={value} lang={p.lang === 'mn' ? 'mn-Mong' : 'en'} className={p.lang === 'mn' ? 'cur-mongolian' : undefined} onChange={(e) => setValue(e.target.value)} />
          {p.lang === 'mn' && value.trim() && (
            // Traditional script is read top to bottom: the reviewer checks it the way visitors will see it.
            <p className="cur-mn-vertical" lang="mn-Mong" aria-hidden="true">
              {value}
            </p>
          )}
          {holes && (
            <p className="cur-field-error" role="alert">
              {t('cur.review.placeholders', { list: holes.join(' ') })}
            </p>
          )}
        </div>
      </div>
      <ErrorNote error={error} />
      <div className="cur-actions">
        {p.onReset && (
          <button type="button" className="cur-btn cur-btn-small" disabled={busy} onClick={() => void run(p.onReset!)}>
            {t('cur.review.reset')}
          </button>
        )}
        <button type="button" className="cur-btn cur-btn-primary cur-btn-small" disabled={busy || !value.trim() || holes !== null} onClick={() => void run(() => p.onSave(value))} aria-label={`${changed ? t('cur.review.saveFix') : t('cur.review.confirm')}：${p.title}`}>
          {changed ? t('cur.review.saveFix') : t('cur.review.confirm')}
        </button>
      </div>
    </li>
  );
}
