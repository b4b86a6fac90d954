import crypto from 'node:crypto';
import type http from 'node:http';

const NAME = 'hak_sid';

/**
 * Each browser gets an opaque random key in an HttpOnly cookie; curator sign-in binds to that key on the
 * server, so no credential is ever readable by page scripts.
 */
export function sessionKeyFor(req: http.IncomingMessage, res: http.ServerResponse): string {
  const cookies = req.headers.cookie ?? '';
  const m = new RegExp(`(?:^|;\\s*)${NAME}=([A-Za-z0-9_-]{32,64})`).exec(cookies);
  if (m?.[1]) return `http:${m[1]}`;
  const key = crypto.randomBytes(24).toString('base64url');
  res.setHeader('set-cookie', `${NAME}=${key}; Path=/; HttpOnly; SameSite=Strict`);
  return `http:${key}`;
}
