import crypto from 'node:crypto';
import type http from 'node:http';

const NAME = 'hak_sid';
const COOKIE = new RegExp(`(?:^|;\\s*)${NAME}=([A-Za-z0-9_-]{32,64})`);

/**
 * Each browser gets an opaque random key in an HttpOnly cookie; curator sign-in binds to that key on the
 * server, so no credential is ever readable by page scripts.
 */
export function sessionKeyFor(req: http.IncomingMessage, res: http.ServerResponse): string {
  const known = sessionKeyFromCookie(req);
  if (known) return known;
  const key = crypto.randomBytes(24).toString('base64url');
  res.setHeader('set-cookie', `${NAME}=${key}; Path=/; HttpOnly; SameSite=Strict`);
  return `http:${key}`;
}

/** The session key a request's cookie carries, or null when it has none (nothing is set: see sessionKeyFor). */
export function sessionKeyFromCookie(req: http.IncomingMessage): string | null {
  const m = COOKIE.exec(req.headers.cookie ?? '');
  return m?.[1] ? `http:${m[1]}` : null;
}
