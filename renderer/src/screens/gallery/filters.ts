import type { ExhibitFilters } from '../../../../archive/api/contract';

export type FilterGroup = 'decade' | 'honour' | 'unit' | 'tag';
export const FILTER_GROUPS: readonly FilterGroup[] = ['decade', 'honour', 'unit', 'tag'];

export interface Facets {
  decades: { value: string; count: number }[];
  honours: { value: string; count: number }[];
  units: { value: string; count: number }[];
  tags: { value: string; count: number }[];
}

export function facetValues(facets: Facets, group: FilterGroup): { value: string; count: number }[] {
  switch (group) {
    case 'decade':
      return facets.decades;
    case 'honour':
      return facets.honours;
    case 'unit':
      return facets.units;
    case 'tag':
      return facets.tags;
  }
}

/** The filters with one group set (or cleared with null); a decade that is not a whole decade is refused. */
export function withFilter(filters: ExhibitFilters, group: FilterGroup, value: string | null): ExhibitFilters {
  const next: ExhibitFilters = { ...filters };
  if (group === 'decade') {
    delete next.decade;
    const n = value === null ? NaN : Number(value);
    if (Number.isInteger(n) && n >= 1800 && n <= 2100 && n % 10 === 0) next.decade = n;
    return next;
  }
  delete next[group];
  if (value !== null && value.trim() && value.length <= (group === 'tag' ? 100 : 200)) next[group] = value;
  return next;
}

export function filterValue(filters: ExhibitFilters, group: FilterGroup): string | null {
  const v = filters[group];
  return v === undefined ? null : String(v);
}

export function activeFilters(filters: ExhibitFilters): { group: FilterGroup; value: string }[] {
  return FILTER_GROUPS.flatMap((group) => {
    const value = filterValue(filters, group);
    return value === null ? [] : [{ group, value }];
  });
}
