import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExhibitFilters, ExhibitTile } from '../../../../archive/api/contract';
import { api } from '../../api/client';
import { pagesCovering, pagesToEvict } from './grid-geometry';

export const PAGE_SIZE = 120;
/** Pages kept in memory at once (about 3,600 tiles): a 10,000-item gallery never holds all of it. */
const MAX_PAGES = 30;

export type Sort = 'curated' | 'name' | 'year';

export interface PagedExhibits {
  total: number | undefined;
  error: Error | undefined;
  item: (index: number) => ExhibitTile | undefined;
  /** Asks for the pages covering items first..last (the grid calls it as it scrolls). */
  want: (first: number, last: number) => void;
  reload: () => void;
}

/** A gallery's exhibits, fetched a page at a time as the grid scrolls, newest request wins after a filter change. */
export function usePagedExhibits(collection: string, sort: Sort, filters: ExhibitFilters): PagedExhibits {
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, ExhibitTile[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const inView = useRef<number[]>([0]);
  const filterKey = JSON.stringify(filters);

  const fetchPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      const gen = generation.current;
      pending.current.add(page);
      api.listExhibits({ collection, sort, filters: JSON.parse(filterKey) as ExhibitFilters, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (res) => {
          if (gen !== generation.current) return;
          pending.current.delete(page);
          pages.current.set(page, res.items);
          for (const p of pagesToEvict([...pages.current.keys()], inView.current, MAX_PAGES)) pages.current.delete(p);
          setTotal(res.total);
          setError(undefined);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          pending.current.delete(page);
          setError(e instanceof Error ? e : new Error(String(e)));
        },
      );
    },
    [collection, sort, filterKey],
  );

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    pending.current = new Set();
    setTotal(undefined);
    setError(undefined);
    fetchPage(0);
  }, [fetchPage]);

  const want = useCallback(
    (first: number, last: number) => {
      const needed = pagesCovering(first, last, PAGE_SIZE);
      inView.current = needed;
      for (const p of needed) fetchPage(p);
    },
    [fetchPage],
  );

  const item = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  const reload = useCallback(() => {
    setError(undefined);
    for (const p of inView.current) fetchPage(p);
    if (total === undefined) fetchPage(0);
  }, [fetchPage, total]);

  return { total, error, item, want, reload };
}
