import { useCallback, useState } from 'react';
import { nav, useTopEntry } from './nav-store';

/**
 * useState whose value survives leaving the screen and coming back with "back" (a gallery's filters and
 * scroll position), and is forgotten once the screen leaves the navigation stack or the kiosk resets.
 */
export function useScreenMemo<T>(key: string, initial: T): [T, (next: T) => void] {
  const entry = useTopEntry();
  const memo = nav.memo(entry);
  const [value, setValue] = useState<T>(() => (memo.has(key) ? (memo.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      memo.set(key, next);
      setValue(next);
    },
    [memo, key],
  );
  return [value, set];
}

/** Direct access for values that change too often for React state (scroll offsets). */
export function useScreenMemoMap(): Map<string, unknown> {
  return nav.memo(useTopEntry());
}
