// The workspace's string catalogue: the same shape as the visitor's (renderer/src/i18n/catalog.ts), so the
// translation-review screen lists and overrides both the same way.
import type { Lang } from '../../../../archive/api/contract';
import { en } from './en';
import { mn } from './mn';
import { zh, type CuratorKey } from './zh';

export type { CuratorKey };
export const curatorKeys = Object.keys(zh) as CuratorKey[];
export const curatorCatalog: Record<Lang, Partial<Record<CuratorKey, string>>> = { zh, mn, en };

/** Every Mongolian string was drafted by the developers; missing ones are listed for a translator too. */
export const curatorNeedsReview: Record<Lang, readonly CuratorKey[]> = {
  zh: [],
  en: [],
  mn: curatorKeys,
};

export function isCuratorKey(key: string): key is CuratorKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}
