import { useState, type ReactElement } from 'react';
import type { CollectionRecord } from '../../../../archive/api/contract';
import { ErrorNote } from '../components/Badges';
import { SortableList } from '../components/Sortable';
import { useCt } from '../i18n/use-ct';
import { call } from '../lib/curator-api';
import { missingLangs } from '../lib/exhibit-form';
import { curatorNav } from '../lib/nav';
import { useLoad } from '../lib/use-load';

export function CollectionList(): ReactElement {
  const t = useCt();
  const list = useLoad(() => call('listCuratorCollections', {}), []);
  const [sorting, setSorting] = useState<CollectionRecord[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const saveOrder = async () => {
    if (!sorting) return;
    try {
      await call('reorderCollections', { slugs: sorting.map((c) => c.slug) });
      setSorting(null);
      setError(null);
      list.reload();
    } catch (e) {
      setError(e);
    }
  };

  const card = (c: CollectionRecord) => (
    <span className="cur-row">
      <span className="cur-row-text">
        <strong>{c.title.zh}</strong>
        <span className="cur-row-sub">
          {c.slug} · {t(`cur.collections.layout.${c.layout}`)}
        </span>
        <span className="cur-row-meta">
          <span>{t('cur.collections.count', { n: c.exhibitCount, p: c.publishedCount })}</span>
          {c.hidden && <span className="cur-badge cur-badge-hidden">{t('cur.status.hidden')}</span>}
          {missingLangs(c.title).length > 0 && <span className="cur-badge cur-badge-missing">{t('cur.missing')}</span>}
          {c.needsReview.length > 0 && <span className="cur-badge cur-badge-review">{t('cur.needsReview')}</span>}
        </span>
      </span>
    </span>
  );

  return (
    <div className="cur-page">
      <div className="cur-page-head">
        <h1>{t('cur.collections.title')}</h1>
        <div className="cur-actions">
          {sorting === null && list.data && list.data.collections.length > 1 && (
            <button type="button" className="cur-btn" onClick={() => setSorting(list.data!.collections)}>
              {t('cur.collections.sort')}
            </button>
          )}
          <button type="button" className="cur-btn cur-btn-primary" onClick={() => curatorNav.go({ screen: 'collection', slug: null })}>
            {t('cur.collections.new')}
          </button>
        </div>
      </div>
      <ErrorNote error={list.error ?? error} />
      {sorting ? (
        <>
          <SortableList items={sorting} id={(c) => c.slug} label={(c) => c.title.zh} onChange={setSorting} render={card} />
          <div className="cur-actions">
            <button type="button" className="cur-btn" onClick={() => setSorting(null)}>
              {t('cur.common.cancel')}
            </button>
            <button type="button" className="cur-btn cur-btn-primary" onClick={() => void saveOrder()}>
              {t('cur.exhibits.sortDone')}
            </button>
          </div>
        </>
      ) : (
        <ul className="cur-rows">
          {list.data?.collections.map((c) => (
            <li key={c.slug} className="cur-row-with-actions">
              <button type="button" className="cur-row-button" aria-label={`${t('cur.common.edit')} ${c.title.zh}`} onClick={() => curatorNav.go({ screen: 'collection', slug: c.slug })}>
                {card(c)}
              </button>
              <button type="button" className="cur-btn" onClick={() => curatorNav.go({ screen: 'exhibits', collection: c.slug })}>
                {t('cur.nav.exhibits')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
