import { resolveStatic, type StaticFile } from '../../serve/static-files';
import { contentSecurityPolicy } from '../../serve/csp';
import { planFileResponse, type FilePlan } from './file-response';
import { MEDIA_SCHEME, SHELL_PAGE_PREFIX, parseAppUrl } from './origins';

/** The UI's CSP: the serve shell's, with media:// as the one extra image and video source. */
export function kioskCsp(): string {
  return contentSecurityPolicy(`${MEDIA_SCHEME}:`);
}

/** Headers every app:// answer carries, files and shell pages alike. */
export function appSecurityHeaders(): Record<string, string> {
  return {
    'content-security-policy': kioskCsp(),
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()',
  };
}

export type AppAnswer =
  | { status: 400 | 405; reason: string }
  | { status: 200; shellPage: string }
  | { status: 503; reason: 'no-ui' }
  | { status: 200 | 206 | 304 | 416; file: StaticFile; plan: FilePlan };

/**
 * app://kiosk/<path> → a file of the built UI (out/renderer), with the serve shell's resolver: a route or a
 * traversal attempt falls back to index.html, which the router handles; nothing outside the UI folder is read.
 * Paths under /__shell/ are the shell's own pages (recovery, problem), rendered by main.
 */
export function answerAppRequest(raw: unknown, request: { method: string; range?: string | null }, uiDir: string): AppAnswer {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, reason: 'method' };
  const url = parseAppUrl(raw);
  if (!url) return { status: 400, reason: 'url' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { status: 400, reason: 'encoding' };
  }
  if (decoded.includes('\0')) return { status: 400, reason: 'null byte' };
  if (url.pathname.startsWith(SHELL_PAGE_PREFIX)) {
    const name = url.pathname.slice(SHELL_PAGE_PREFIX.length);
    return /^[a-z-]{1,32}$/.test(name) ? { status: 200, shellPage: name } : { status: 400, reason: 'shell-page' };
  }
  const file = resolveStatic(uiDir, url.pathname);
  if (!file) return { status: 503, reason: 'no-ui' };
  const plan = planFileResponse({ size: file.size, mime: file.mime, cache: file.hashed ? 'immutable' : 'revalidate', method: request.method, range: request.range ?? null });
  return { status: plan.status as 200 | 206 | 304 | 416, file, plan };
}
