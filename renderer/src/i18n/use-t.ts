import { useTranslation } from 'react-i18next';
import type { UiKey } from './catalog';

export type T = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The catalogue lookup with keys checked at compile time. */
export function useT(): T {
  const { t } = useTranslation();
  return t as unknown as T;
}
