import { useMemo } from 'react';
import { useT, type T } from './use-t';

/** Far more than the distinct strings a list asks for (a few keys, a date per year and month). */
const MAX_ENTRIES = 4000;

/**
 * A catalogue lookup that remembers its answers. A fling through a long gallery renders dozens of tiles a
 * frame, each asking for the same few strings (the sample mark, the date patterns), and i18next's lookup and
 * interpolation cost more than the rest of a tile's render (CPU profile of `npm run bench -- ui` flings).
 */
export function memoT(t: T, max = MAX_ENTRIES): T {
  const cache = new Map<string, string>();
  return (key, vars) => {
    const id = vars ? `${key}\u0000${JSON.stringify(vars)}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      text = t(key, vars);
      if (cache.size >= max) cache.clear();
      cache.set(id, text);
    }
    return text;
  };
}

/**
 * `useT` for a long list: one remembering lookup per language. The catalogue's overrides change only at
 * start-up and on a reset, and a reset unmounts every list, so nothing remembered outlives its strings.
 */
export function useListT(): T {
  const t = useT();
  return useMemo(() => memoT(t), [t]);
}
