import type http from 'node:http';

/**
 * Refuses API calls from other web pages (a site open in another tab on a curator's PC cannot POST to the
 * archive): the Origin header, when a browser sends one, must be this server's own.
 */
export function isSameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  const host = req.headers.host;
  if (!host) return false;
  if (origin === undefined) return req.headers['sec-fetch-site'] === undefined || req.headers['sec-fetch-site'] === 'same-origin' || req.headers['sec-fetch-site'] === 'none';
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' && u.host === host;
  } catch {
    return false;
  }
}
