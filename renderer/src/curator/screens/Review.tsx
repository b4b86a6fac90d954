import { useId, useMemo, useState, type ReactElement } from 'react';
import type { ReviewItem, ReviewPlace } from '../../../../archive/api/contract';
import { catalog as visitorCatalog, needsReview as visitorNeedsReview } from '../../i18n/catalog';
import { ErrorNote } from '../components/Badges';
import { SelectField, Toggle } from '../components/fields';
import { curatorCatalog, curatorNeedsReview } from '../i18n/catalog';
import { useCt, type Ct } from '../i18n/use-ct';
import { fieldName } from '../lib/field-names';
import { call } from '../lib/curator-api';
import { groupBy, placeholderProblem, uiStringsToReview, UI_SCREENS, type UiScreen, type UiStringRow } from '../lib/review-list';
import { useLoad } from '../lib/use-load';

type Tab = 'content' | 'ui';
const SHOW = 80;

/**
 * Translation review: each drafted text beside the Chinese it translates (and, for Mongolian, the English as a
 * reference), grouped by where visitors meet it, with the Mongolian also shown upright as the kiosk sets it.
 */
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

/** Where a text is shown, as a heading: "英模肖像 › 王大山", "展区：英模肖像", "“数字里的双拥”页". */
function placeHeading(p: ReviewPlace, t: Ct): string {
  if (p.kind === 'exhibit') return p.collection ? t('cur.review.place.exhibitIn', { collection: p.collection, name: p.name }) : t('cur.review.place.exhibit', { name: p.name });
  if (p.kind === 'collection') return t('cur.review.place.collection', { name: p.name });
  if (p.kind === 'numbers') return t('cur.review.place.numbers');
  return t('cur.review.place.unplaced');
}

/** Which text of that place it is: "姓名", "第 2 张照片 · 说明", a figure's caption. */
function itemTitle(i: ReviewItem, t: Ct): string {
  const field = fieldName(t, i.field, i.entity);
  if (i.entity === 'media') return t('cur.review.fieldOf', { where: i.place.photo ? t('cur.review.photoN', { n: i.place.photo }) : i.label, field });
  if (i.entity === 'figure') return t('cur.review.fieldOf', { where: i.label, field });
  return field;
}

const placeKey = (p: ReviewPlace) => `${p.kind}:${p.id ?? ''}`;

function ContentReview({ lang }: { lang: 'mn' | 'en' }): ReactElement {
  const t = useCt();
  const list = useLoad(() => call('listReviewItems', { lang, limit: 500 }), [lang]);
  const [done, setDone] = useState<Set<string>>(new Set());
  const key = (i: ReviewItem) => `${i.entity}:${i.entityId}:${i.field}:${i.lang}`;
  if (!list.data) return <ErrorNote error={list.error} />;
  const items = list.data.items.filter((i) => !done.has(key(i)));
  const groups = groupBy(items, (i) => placeKey(i.place));
  return (
    <>
      <p className="cur-count">{t('cur.review.count', { n: list.data.total - done.size })}</p>
      {items.length === 0 && <p className="cur-empty">{t('cur.review.none')}</p>}
      {groups.map((g, n) => {
        const heading = placeHeading(g.items[0]!.place, t);
        return (
          <section key={`${g.key}-${n}`} className="cur-review-group" aria-label={heading}>
            <h2 className="cur-review-place">
              {heading}
              <span className="cur-review-place-count">{t('cur.review.groupCount', { n: g.items.length })}</span>
            </h2>
            <ul className="cur-review-list">
              {g.items.map((i) => (
                <ReviewRow
                  key={key(i)}
                  title={itemTitle(i, t)}
                  context={heading}
                  source={i.source}
                  reference={i.lang === 'mn' ? i.reference : undefined}
                  value={i.value}
                  lang={i.lang}
                  onSave={async (value) => {
                    await call('reviewTranslation', { entity: i.entity, entityId: i.entityId, field: i.field, lang: i.lang, value });
                    setDone((d) => new Set(d).add(key(i)));
                  }}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function UiReview({ lang }: { lang: 'mn' | 'en' }): ReactElement {
  const t = useCt();
  const overrides = useLoad(() => call('getUiStringOverrides', {}), []);
  const [showConfirmed, setShowConfirmed] = useState(false);
  const [screen, setScreen] = useState<UiScreen | 'all'>('all');
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
  const waiting = rows.filter((r) => showConfirmed || !r.reviewed);
  const open = waiting.filter((r) => screen === 'all' || r.screen === screen);
  const count = (s: UiScreen) => waiting.filter((r) => r.screen === s).length;
  const screenName = (s: UiScreen) => t(`cur.review.screen.${s}`);
  const groups = groupBy(open.slice(0, limit), (r) => r.screen);
  return (
    <>
      <div className="cur-filters">
        <p className="cur-count">{t('cur.review.count', { n: rows.filter((r) => !r.reviewed).length })}</p>
        <SelectField
          label={t('cur.review.screen')}
          value={screen}
          options={[
            { value: 'all' as const, label: t('cur.review.allScreens', { n: waiting.length }) },
            ...UI_SCREENS.filter((s) => count(s) > 0 || s === screen).map((s) => ({ value: s, label: t('cur.review.screenCount', { name: screenName(s), n: count(s) }) })),
          ]}
          onChange={(s) => {
            setScreen(s);
            setLimit(SHOW);
          }}
        />
        <Toggle label={t('cur.review.showConfirmed')} checked={showConfirmed} onChange={setShowConfirmed} />
      </div>
      {open.length === 0 && <p className="cur-empty">{t('cur.review.none')}</p>}
      {groups.map((g, n) => (
        <section key={`${g.key}-${n}`} className="cur-review-group" aria-label={screenName(g.key as UiScreen)}>
          <h2 className="cur-review-place">
            {screenName(g.key as UiScreen)}
            <span className="cur-review-place-count">{t('cur.review.groupCount', { n: count(g.key as UiScreen) })}</span>
          </h2>
          <ul className="cur-review-list">
            {g.items.map((r: UiStringRow) => (
              <ReviewRow
                key={`${lang}:${r.key}`}
                uiKey={r.key}
                context={screenName(r.screen)}
                source={r.source}
                reference={lang === 'mn' ? r.reference || null : undefined}
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
        </section>
      ))}
      {open.length > limit && (
        <button type="button" className="cur-btn" onClick={() => setLimit((n) => n + SHOW)}>
          {t('cur.common.more')}
        </button>
      )}
    </>
  );
}

interface RowProps {
  /** Which text of the place it is (content); UI strings need none: the source says it. */
  title?: string;
  /** The group's heading, so a screen reader hears where the confirmed text is. */
  context: string;
  uiKey?: string;
  source: string;
  /** The English for reference while reviewing Mongolian; undefined: no reference column. */
  reference: string | null | undefined;
  value: string;
  lang: 'mn' | 'en';
  reviewed?: boolean;
  onSave: (value: string) => Promise<unknown>;
  onReset?: (() => Promise<unknown>) | undefined;
}

function ReviewRow(p: RowProps): ReactElement {
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
  const mn = p.lang === 'mn';
  const what = `${p.context} · ${p.title ?? p.source.slice(0, 24)}`;
  return (
    <li className="cur-review-row" data-key={p.uiKey}>
      {p.title && <h3 className="cur-review-what">{p.title}</h3>}
      <div className="cur-review-body">
        <div className={`cur-review-cols${p.reference !== undefined ? ' cur-review-cols-3' : ''}`}>
          <div className="cur-review-text">
            <span className="cur-review-label">{t('cur.review.source')}</span>
            <p className="cur-review-source" lang="zh-Hans">
              {p.source}
            </p>
          </div>
          {p.reference !== undefined && (
            <div className="cur-review-text">
              <span className="cur-review-label">{t('cur.review.english')}</span>
              {p.reference ? (
                <p className="cur-review-reference" lang="en">
                  {p.reference}
                </p>
              ) : (
                <p className="cur-review-reference cur-hint">{t('cur.review.noEnglish')}</p>
              )}
            </div>
          )}
          <div className="cur-field cur-review-draft">
            <label htmlFor={id}>
              {t(mn ? 'cur.review.draftMn' : 'cur.review.draftEn')}
              {!value.trim() && <span className="cur-badge cur-badge-missing">{t('cur.review.missingValue')}</span>}
              {p.reviewed && <span className="cur-badge cur-badge-published">{t('cur.review.confirmed')}</span>}
            </label>
            <div className={mn ? 'cur-review-mn' : undefined}>
              <textarea id={id} rows={mn ? 3 : 2} value={value} lang={mn ? 'mn-Mong' : 'en'} className={mn ? 'cur-mongolian' : undefined} onChange={(e) => setValue(e.target.value)} />
              {mn && value.trim() && (
                // Traditional script is read top to bottom: the reviewer checks it the way visitors will see it.
                <figure className="cur-mn-preview">
                  <figcaption className="cur-review-label">{t('cur.review.preview')}</figcaption>
                  <p className="cur-mn-vertical" lang="mn-Mong">
                    {value}
                  </p>
                </figure>
              )}
            </div>
            {holes && (
              <p className="cur-field-error" role="alert">
                {t('cur.review.placeholders', { list: holes.join(' ') })}
              </p>
            )}
          </div>
        </div>
        <div className="cur-actions cur-review-actions">
          {p.onReset && (
            <button type="button" className="cur-btn" disabled={busy} onClick={() => void run(p.onReset!)} aria-label={`${t('cur.review.reset')}：${what}`}>
              {t('cur.review.reset')}
            </button>
          )}
          <button type="button" className="cur-btn cur-btn-primary" disabled={busy || !value.trim() || holes !== null} onClick={() => void run(() => p.onSave(value))} aria-label={`${changed ? t('cur.review.saveFix') : t('cur.review.confirm')}：${what}`}>
            {changed ? t('cur.review.saveFix') : t('cur.review.confirm')}
          </button>
        </div>
      </div>
      <ErrorNote error={error} />
    </li>
  );
}
