import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Archive } from '../../archive/archive';
import type { Dispatch } from '../../archive/api/dispatch';
import { attachApiSocket } from './api-socket';
import { resolveMedia } from '../../archive/media/resolve';
import { contentSecurityPolicy } from './csp';
import { BodyError, readBody } from './read-body';
import { isSameOrigin } from './same-origin';
import { sendFile } from './send-file';
import { sessionKeyFor } from './session-cookie';
import { resolveStatic } from './static-files';

export interface ServeOptions {
  archive: Archive;
  dispatch: Dispatch;
  /** The built renderer (out/renderer). */
  uiDir: string;
  host: string;
  port: number;
  /** Extra routes (curator uploads, bundle downloads) tried before the static UI. Return true when handled. */
  routes?: ((req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>)[];
  log?: (message: string) => void;
}

const API_BODY_LIMIT = 1024 * 1024;

function json(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-length': Buffer.byteLength(data),
  });
  res.end(data);
}

async function handleApi(opts: ServeOptions, req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
  if (req.method !== 'POST') return json(res, 405, { ok: false, error: { code: 'METHOD_NOT_ALLOWED', message: 'Use POST.' } });
  if (!isSameOrigin(req)) return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Calls from other sites are refused.' } });
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    return json(res, 415, { ok: false, error: { code: 'BAD_INPUT', message: 'Send JSON (content-type: application/json).' } });
  }
  let input: unknown;
  try {
    const body = await readBody(req, API_BODY_LIMIT);
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch (e) {
    const status = e instanceof BodyError ? e.status : 400;
    return json(res, status, { ok: false, error: { code: 'BAD_INPUT', message: e instanceof BodyError ? e.message : 'The request body is not valid JSON.' } });
  }
  const sessionKey = sessionKeyFor(req, res);
  const envelope = await opts.dispatch(method, input, { sessionKey, audience: 'visitor' });
  const status = envelope.ok ? 200 : envelope.error.code === 'UNKNOWN_METHOD' ? 404 : envelope.error.code === 'INTERNAL' ? 500 : 200;
  json(res, status, envelope);
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('content-security-policy', contentSecurityPolicy());
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
}

export function createServeShell(opts: ServeOptions): http.Server {
  const log = opts.log ?? ((m: string) => console.error(m));
  const server = http.createServer((req, res) => {
    void (async () => {
      securityHeaders(res);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const api = /^\/api\/([A-Za-z]{1,64})$/.exec(url.pathname);
      if (api?.[1]) return handleApi(opts, req, res, api[1]);
      if (url.pathname.startsWith('/api/')) return json(res, 404, { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'No such method.' } });
      if (url.pathname === '/healthz') return json(res, 200, { ok: true });
      for (const route of opts.routes ?? []) if (await route(req, res, url)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      if (url.pathname.startsWith('/media/')) {
        const media = /^\/media\/([^/]+)\/([^/]+)$/.exec(url.pathname);
        const found = media ? resolveMedia(opts.archive.root, opts.archive.db, media[1], media[2]) : null;
        if (!found) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        return sendFile(req, res, { path: found.file, mime: found.mime, size: found.bytes }, 'immutable', `${media![1]}-${media![2]}`);
      }
      const file = resolveStatic(opts.uiDir, url.pathname);
      if (!file) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('The kiosk UI has not been built. Run "npm run build".');
        return;
      }
      sendFile(req, res, file, file.hashed ? 'immutable' : 'revalidate');
    })().catch((e: unknown) => {
      log(`serve: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent) json(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Internal error.' } });
      else res.destroy();
    });
  });
  attachApiSocket(server, opts.dispatch, log);
  return server;
}

export function listen(server: http.Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address() as AddressInfo;
      const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve(`http://${shownHost}:${addr.port}/`);
    });
  });
}
