import { MEDIA_HOST, MEDIA_SCHEME, parseOwnUrl } from './origins';
import { planFileResponse, type FilePlan } from './file-response';

/** Only image and video types the kiosk shows; anything else in the store is refused, never sniffed. */
export const MEDIA_MIME_ALLOW = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'video/mp4', 'video/webm']);

export interface StoredFile {
  file: string;
  mime: string;
  bytes: number;
}

/** Looks a hash and variant up in the archive: archive/media/resolve.ts's resolveMedia, bound to the open archive. */
export type MediaLookup = (sha256: string, variant: string) => StoredFile | null;

export type MediaAnswer = { status: 400 | 404 | 405; reason: string } | { status: 200 | 206 | 304 | 416; file: StoredFile; plan: FilePlan };

/**
 * media://m/<sha256>/<variant> → a stored file. The URL only ever selects a row by hash and variant; the
 * path comes from the database and resolveMedia's containment check (symlinks included), never from the
 * request. Encoded dots or separators, drive letters, UNC paths, null bytes and extra segments all fail the
 * exact pattern before any lookup happens.
 */
export function answerMediaRequest(
  raw: unknown,
  request: { method: string; range?: string | null; ifNoneMatch?: string | null },
  lookup: MediaLookup,
): MediaAnswer {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, reason: 'method' };
  const url = parseOwnUrl(raw, MEDIA_SCHEME, MEDIA_HOST);
  if (!url || url.search) return { status: 400, reason: 'url' };
  const m = /^\/([0-9a-f]{64})\/(thumb|screen|original)$/.exec(url.pathname);
  if (!m) return { status: 404, reason: 'name' };
  const [, sha256, variant] = m as unknown as [string, string, string];
  const file = lookup(sha256, variant);
  if (!file) return { status: 404, reason: 'missing' };
  if (!MEDIA_MIME_ALLOW.has(file.mime)) return { status: 404, reason: 'type' };
  const plan = planFileResponse({
    size: file.bytes,
    mime: file.mime,
    cache: 'immutable',
    method: request.method,
    range: request.range ?? null,
    ifNoneMatch: request.ifNoneMatch ?? null,
    etag: `${sha256}-${variant}`,
  });
  return { status: plan.status, file, plan };
}
