import { useState, type ReactElement } from 'react';
import type { ExhibitFilters } from '../../../../archive/api/contract';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/icons';
import type { UiKey } from '../../i18n/catalog';
import { useT, type T } from '../../i18n/use-t';
import { activeFilters, facetValues, filterValue, FILTER_GROUPS, withFilter, type Facets, type FilterGroup } from './filters';
import type { Sort } from './use-paged-exhibits';

const SORTS: Sort[] = ['curated', 'name', 'year'];
const GROUP_LABEL: Record<FilterGroup, UiKey> = { decade: 'gallery.filter.decade', honour: 'gallery.filter.honour', unit: 'gallery.filter.unit', tag: 'gallery.filter.tag' };

export function filterLabel(t: T, group: FilterGroup, value: string): string {
  return group === 'decade' ? t('gallery.decade', { decade: value }) : value;
}

/** Sort order and filter groups as big buttons; each group opens a sheet of chips; active filters show as chips. */
export function FilterBar({ sort, onSort, filters, onFilters, facets }: { sort: Sort; onSort: (s: Sort) => void; filters: ExhibitFilters; onFilters: (f: ExhibitFilters) => void; facets: Facets | undefined }): ReactElement {
  const t = useT();
  const [open, setOpen] = useState<FilterGroup | null>(null);
  const groups = FILTER_GROUPS.filter((g) => facets && facetValues(facets, g).length > 0);
  const active = activeFilters(filters);
  return (
    <div className="filterbar">
      <div className="segmented" role="group" aria-label={t('gallery.sort')}>
        <span className="segmented-label">{t('gallery.sort')}</span>
        {SORTS.map((s) => (
          <button key={s} type="button" className="btn btn-seg" aria-pressed={sort === s} onClick={() => onSort(s)}>
            {t(`gallery.sort.${s}`)}
          </button>
        ))}
      </div>
      {groups.length > 0 && (
        <div className="filter-groups" role="group" aria-label={t('gallery.filters')}>
          <Icon name="filter" />
          {groups.map((g) => {
            const value = filterValue(filters, g);
            return (
              <button key={g} type="button" className="btn btn-filter" aria-haspopup="dialog" aria-label={t('gallery.filter.choose', { group: t(GROUP_LABEL[g]) })} data-active={value !== null || undefined} onClick={() => setOpen(g)}>
                <span className="btn-filter-group">{t(GROUP_LABEL[g])}</span>
                <span className="btn-filter-value">{value === null ? t('gallery.filter.all') : filterLabel(t, g, value)}</span>
              </button>
            );
          })}
        </div>
      )}
      {active.length > 0 && (
        <div className="filter-active">
          {active.map((a) => (
            <button key={a.group} type="button" className="chip chip-on" aria-label={t('gallery.filter.remove', { value: filterLabel(t, a.group, a.value) })} onClick={() => onFilters(withFilter(filters, a.group, null))}>
              <span>{filterLabel(t, a.group, a.value)}</span>
              <Icon name="close" size={24} />
            </button>
          ))}
          {active.length > 1 && (
            <button type="button" className="btn btn-quiet" onClick={() => onFilters({})}>
              {t('gallery.filter.clear')}
            </button>
          )}
        </div>
      )}
      {open && facets && (
        <Dialog title={t(GROUP_LABEL[open])} onClose={() => setOpen(null)} className="filter-sheet">
          <div className="chips" role="group" aria-label={t(GROUP_LABEL[open])}>
            <button
              type="button"
              className="chip"
              aria-pressed={filterValue(filters, open) === null}
              onClick={() => {
                onFilters(withFilter(filters, open, null));
                setOpen(null);
              }}
            >
              {t('gallery.filter.all')}
            </button>
            {facetValues(facets, open).map((f) => (
              <button
                key={f.value}
                type="button"
                className="chip"
                lang={open === 'decade' ? undefined : 'zh-Hans'}
                aria-pressed={filterValue(filters, open) === f.value}
                onClick={() => {
                  onFilters(withFilter(filters, open, f.value));
                  setOpen(null);
                }}
              >
                <span>{filterLabel(t, open, f.value)}</span>
                <span className="chip-count">{f.count}</span>
              </button>
            ))}
          </div>
        </Dialog>
      )}
    </div>
  );
}
