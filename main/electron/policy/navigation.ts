import { MEDIA_HOST, MEDIA_SCHEME, parseAppUrl, parseOwnUrl } from './origins';

export type Decision = 'allow' | 'deny';

/**
 * will-navigate, will-frame-navigate and will-redirect: the kiosk's main frame may move only within
 * app://kiosk (a full load of /curator, a reload). Everything else is refused: other schemes (javascript:,
 * file:, data:, http:), look-alike hosts, and any navigation inside a subframe, since the kiosk has none.
 */
export function decideNavigation(target: unknown, frame: { isMainFrame: boolean }): Decision {
  if (!frame.isMainFrame) return 'deny';
  return parseAppUrl(target) ? 'allow' : 'deny';
}

/** window.open, target=_blank, middle-click: a kiosk never opens a second window, whatever the URL. */
export function decideWindowOpen(_target: unknown): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Requests leaving the session: only our two schemes and in-page data; no network of any kind. DevTools'
 * own pages pass only in a development build, where devtools are enabled at all.
 */
export function decideRequest(raw: unknown, opts: { devtools: boolean } = { devtools: false }): Decision {
  if (typeof raw !== 'string') return 'deny';
  if (opts.devtools && /^devtools:\/\//.test(raw)) return 'allow';
  if (/^(data|blob):/i.test(raw)) {
    if (/^blob:/i.test(raw)) return parseAppUrl(raw.slice(5)) ? 'allow' : 'deny';
    return 'allow';
  }
  return parseAppUrl(raw) || parseOwnUrl(raw, MEDIA_SCHEME, MEDIA_HOST) ? 'allow' : 'deny';
}
