// The two schemes the kiosk window may ever touch. Both are registered as standard and secure, so Chromium
// treats app://kiosk as a real origin (modules, fetch, storage) and media://m as a separate one.
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const MEDIA_SCHEME = 'media';
export const MEDIA_HOST = 'm';

/** Longer URLs are never ours: refuse them before parsing. */
export const MAX_URL_LENGTH = 2048;

/**
 * Parses a URL and returns it only when it is exactly on `scheme://host` with no credentials, no port and
 * nothing a parser might read differently from Chromium (backslashes, control characters, whitespace).
 * Compares protocol and host, never string prefixes: `app://kiosk.evil` and `app://kiosk@evil` are not ours.
 */
export function parseOwnUrl(raw: unknown, scheme: string, host: string): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f\\]/.test(raw)) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== `${scheme}:` || u.host !== host || u.hostname !== host) return null;
  if (u.username || u.password || u.port) return null;
  if (!raw.toLowerCase().startsWith(`${scheme}://${host}/`) && raw.toLowerCase() !== `${scheme}://${host}`) return null;
  return u;
}

export function parseAppUrl(raw: unknown): URL | null {
  return parseOwnUrl(raw, APP_SCHEME, APP_HOST);
}

export function isAppUrl(raw: unknown): boolean {
  return parseAppUrl(raw) !== null;
}

/** The kiosk URL for an in-app path such as "/" or "/curator". */
export function appUrl(pathname = '/'): string {
  if (!/^\/[A-Za-z0-9/_.-]*$/.test(pathname) || pathname.includes('..') || pathname.includes('//')) throw new Error(`not an in-app path: ${pathname}`);
  return `${APP_ORIGIN}${pathname}`;
}

/** The shell's own pages (recovery, problem): served by main, not by the UI build. */
export const SHELL_PAGE_PREFIX = '/__shell/';
