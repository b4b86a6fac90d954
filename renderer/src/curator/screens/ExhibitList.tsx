import { useState, type ReactElement } from 'react';
import type { ExhibitListItem } from '../../../../archive/api/contract';
import { mediaUrl } from '../../api/media-url';
import { ErrorNote, StatusBadges } from '../components/Badges';
import { SortableList } from '../components/Sortable';
import { useCt } from '../i18n/use-ct';
import { call } from '../lib/curator-api';
import { curatorNav } from '../lib/nav';
import { useLoad } from '../lib/use-load';

type StatusFilter = 'all' | 'draft' | 'published' | 'hidden';
const SORTABLE_MAX = 1000;

const labelOf = (e: ExhibitListItem) => e.name.zh || e.title.zh || e.uid;

export function ExhibitList({ collection }: { collection: string | null }): ReactElement {
  const t = useCt();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [q, setQ] = useState('');
  const [sorting, setSorting] = useState<ExhibitListItem[] | null>(null);
  const [sortError, setSortError] = useState<unknown>(null);
  const collections = useLoad(() => call('listCuratorCollections', {}), []);
  const list = useLoad(() => call('listCuratorExhibits', { ...(collection ? { collection } : {}), status, q, limit: 500 }), [collection, status, q]);

  const pickCollection = (slug: string) => curatorNav.go({ screen: 'exhibits', collection: slug || null }, { replace: true });

  const startSorting = async () => {
    if (!collection) return;
    const all = await call('listCuratorExhibits', { collection, status: 'all', q: '', limit: SORTABLE_MAX });
    setSorting(all.items);
  };
  const saveSorting = async () => {
    if (!sorting || !collection) return;
    try {
      await call('reorderExhibits', { collection, ids: sorting.map((e) => e.id) });
      setSorting(null);
      setSortError(null);
      list.reload();
    } catch (e) {
      setSortError(e);
    }
  };

  return (
    <div className="cur-page">
      <div className="cur-page-head">
        <h1>{t('cur.exhibits.title')}</h1>
        <button type="button" className="cur-btn cur-btn-primary" onClick={() => curatorNav.go({ screen: 'exhibit', id: null, collection })}>
          {t('cur.exhibits.new')}
        </button>
      </div>
      <div className="cur-filters">
        <div className="cur-field">
          <label htmlFor="cur-ex-collection">{t('cur.exhibits.collection')}</label>
          <select id="cur-ex-collection" value={collection ?? ''} onChange={(e) => pickCollection(e.target.value)} disabled={sorting !== null}>
            <option value="">{t('cur.common.all')}</option>
            {collections.data?.collections.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.title.zh}
              </option>
            ))}
          </select>
        </div>
        <div className="cur-field">
          <label htmlFor="cur-ex-status">{t('cur.exhibits.filter')}</label>
          <select id="cur-ex-status" value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)} disabled={sorting !== null}>
            {(['all', 'draft', 'published', 'hidden'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`cur.exhibits.filter.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="cur-field cur-grow">
          <label htmlFor="cur-ex-q">{t('cur.exhibits.search')}</label>
          <input id="cur-ex-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} disabled={sorting !== null} />
        </div>
        {collection && sorting === null && (
          <button type="button" className="cur-btn" onClick={() => void startSorting()}>
            {t('cur.exhibits.sort')}
          </button>
        )}
      </div>
      <ErrorNote error={list.error ?? sortError} />
      {sorting ? (
        <div>
          <p className="cur-hint">{t('cur.exhibits.sortHint')}</p>
          <SortableList items={sorting} id={(e) => String(e.id)} label={labelOf} onChange={setSorting} render={(e) => <Row item={e} />} />
          <div className="cur-actions">
            <button type="button" className="cur-btn" onClick={() => setSorting(null)}>
              {t('cur.common.cancel')}
            </button>
            <button type="button" className="cur-btn cur-btn-primary" onClick={() => void saveSorting()}>
              {t('cur.exhibits.sortDone')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="cur-count" aria-live="polite">
            {list.data ? t('cur.exhibits.count', { n: list.data.total }) : t('cur.common.loading')}
          </p>
          {list.data?.items.length === 0 && <p className="cur-empty">{t('cur.exhibits.empty')}</p>}
          <ul className="cur-rows">
            {list.data?.items.map((e) => (
              <li key={e.id}>
                <button type="button" className="cur-row-button" aria-label={t('cur.exhibits.open', { name: labelOf(e) })} onClick={() => curatorNav.go({ screen: 'exhibit', id: e.id, collection: null })}>
                  <Row item={e} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Row({ item }: { item: ExhibitListItem }): ReactElement {
  const t = useCt();
  return (
    <span className="cur-row">
      {item.cover ? <img src={mediaUrl(item.cover.sha256, 'thumb')} alt="" width={64} height={64} className="cur-row-thumb" /> : <span className="cur-row-thumb cur-row-nothumb" aria-hidden="true" />}
      <span className="cur-row-text">
        <strong>{labelOf(item)}</strong>
        {item.name.zh && item.title.zh && <span className="cur-row-sub">{item.title.zh}</span>}
        <span className="cur-row-meta">
          <StatusBadges status={item.status} hidden={item.hidden} sample={item.sample} />
          <span>{t('cur.exhibits.photos', { n: item.photoCount })}</span>
          {item.missingTranslations > 0 && <span className="cur-badge cur-badge-missing">{t('cur.exhibits.missing', { n: item.missingTranslations })}</span>}
        </span>
      </span>
    </span>
  );
}
