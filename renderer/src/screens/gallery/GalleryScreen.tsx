import type { ReactElement } from 'react';
import type { ExhibitFilters } from '../../../../archive/api/contract';
import { api } from '../../api/client';
import { go } from '../../app/nav-store';
import { useLang } from '../../app/prefs';
import { useScreenReady } from '../../app/ready';
import { useScreenMemo, useScreenMemoMap } from '../../app/screen-memo';
import { useQuery } from '../../app/use-query';
import { tileShape } from '../../components/ExhibitTileCard';
import { Icon } from '../../components/icons';
import { LocalText } from '../../components/LocalText';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { pickText } from '../../i18n/local-text';
import { useT } from '../../i18n/use-t';
import { FilterBar } from './FilterBar';
import { usePagedExhibits, type Sort } from './use-paged-exhibits';
import { VirtualGrid } from './VirtualGrid';
import './gallery.css';

/** One collection as a grid of tiles, with sort and filters; coming back from an exhibit lands where you were. */
export function GalleryScreen({ slug }: { slug: string }): ReactElement {
  const t = useT();
  const lang = useLang();
  const [sort, setSort] = useScreenMemo<Sort>('sort', 'curated');
  const [filters, setFilters] = useScreenMemo<ExhibitFilters>('filters', {});
  const memo = useScreenMemoMap();
  const meta = useQuery(async () => {
    const [{ collections }, facets] = await Promise.all([api.listCollections({}), api.getCollectionFacets({ collection: slug })]);
    return { collection: collections.find((c) => c.slug === slug), facets };
  }, [slug]);
  const paged = usePagedExhibits(slug, sort, filters);
  const collection = meta.data?.collection;
  const failed = meta.error ?? paged.error;
  useScreenReady('gallery', (meta.data !== undefined && paged.total !== undefined) || failed !== undefined);

  const resetScroll = () => memo.set('scroll', 0);
  const title = collection ? <LocalText value={collection.title} /> : meta.data ? slug : '';
  const count = paged.total ?? 0;
  return (
    <Page
      className="gallery"
      title={title}
      subtitle={
        <>
          {collection && <LocalText value={collection.description} className="gallery-desc" />}
          {paged.total !== undefined && (
            <span className="gallery-count">{Object.keys(filters).length ? t('gallery.shown', { shown: count, count: collection?.exhibitCount ?? count }) : t('gallery.count', { count })}</span>
          )}
        </>
      }
      tools={
        collection?.layout === 'timeline' ? (
          <button type="button" className="btn btn-bar" onClick={() => go.to({ name: 'timeline' })}>
            <Icon name="timeline" />
            <span>{t('home.timeline')}</span>
          </button>
        ) : undefined
      }
    >
      <FilterBar
        sort={sort}
        onSort={(s) => {
          resetScroll();
          setSort(s);
        }}
        filters={filters}
        onFilters={(f) => {
          resetScroll();
          setFilters(f);
        }}
        facets={meta.data?.facets}
      />
      {failed && paged.total === undefined ? (
        <Notice title={meta.data && !collection ? t('gallery.empty') : t('error.unavailable')}>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              meta.reload();
              paged.reload();
            }}
          >
            {t('error.retry')}
          </button>
        </Notice>
      ) : paged.total === 0 ? (
        <Notice title={t('gallery.empty')}>
          <p>{t('gallery.emptyHint')}</p>
          {Object.keys(filters).length > 0 && (
            <button type="button" className="btn btn-primary" onClick={() => setFilters({})}>
              {t('gallery.filter.clear')}
            </button>
          )}
        </Notice>
      ) : paged.total === undefined ? (
        <Notice title={t('status.loading')} busy />
      ) : (
        <VirtualGrid
          key={`${sort}|${JSON.stringify(filters)}`}
          count={count}
          item={paged.item}
          want={paged.want}
          shape={tileShape(collection?.layout)}
          label={`${collection ? pickText(collection.title, lang).text : slug} · ${t('gallery.grid')}`}
          initialOffset={(memo.get('scroll') as number | undefined) ?? 0}
          onScrollOffset={(y) => memo.set('scroll', y)}
        />
      )}
    </Page>
  );
}
