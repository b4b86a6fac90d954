// app:// and media:// for the kiosk window: the UI and the photos never load from file:// or the network.
// The decisions (which file, which status, which headers) are in policy/; this only turns them into Responses.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { protocol, type Session } from 'electron';
import { answerAppRequest, appSecurityHeaders } from './policy/app-request';
import type { FilePlan } from './policy/file-response';
import { answerMediaRequest, type MediaLookup } from './policy/media-request';
import { APP_ORIGIN, APP_SCHEME, MEDIA_SCHEME } from './policy/origins';

/** Must run before `ready`: standard + secure makes app://kiosk a real, secure origin for modules and fetch. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
  ]);
}

function fileResponse(path: string, plan: FilePlan, extra: Record<string, string>): Response {
  const headers = { ...plan.headers, ...extra };
  if (!plan.range) return new Response(null, { status: plan.status, headers });
  const stream = fs.createReadStream(path, { start: plan.range.start, end: plan.range.end });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status: plan.status, headers });
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra } });
}

export interface ProtocolDeps {
  uiDir: string;
  media: MediaLookup;
  /** HTML for the shell's own pages (recovery, problem); null for an unknown page. */
  shellPage: (name: string) => string | null;
}

export function handleProtocols(ses: Session, deps: ProtocolDeps): void {
  ses.protocol.handle(APP_SCHEME, (req) => {
    const security = appSecurityHeaders();
    const answer = answerAppRequest(req.url, { method: req.method, range: req.headers.get('range') }, deps.uiDir);
    if ('shellPage' in answer) {
      const html = deps.shellPage(answer.shellPage);
      if (html === null) return plain(404, 'Not found', security);
      return new Response(html, { status: 200, headers: { ...security, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
    }
    if ('file' in answer) return fileResponse(answer.file.path, answer.plan, security);
    if (answer.status === 503) return plain(503, 'The kiosk UI has not been built. Run "npm run build".', security);
    return plain(answer.status, 'Refused', security);
  });
  ses.protocol.handle(MEDIA_SCHEME, (req) => {
    const answer = answerMediaRequest(req.url, { method: req.method, range: req.headers.get('range'), ifNoneMatch: req.headers.get('if-none-match') }, deps.media);
    if ('file' in answer) return fileResponse(answer.file.file, answer.plan, { 'access-control-allow-origin': APP_ORIGIN });
    return plain(answer.status, answer.status === 404 ? 'Not found' : 'Refused');
  });
}
