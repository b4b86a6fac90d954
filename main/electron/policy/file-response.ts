import { parseRange } from '../../../archive/media/resolve';

export type CachePolicy = 'immutable' | 'revalidate' | 'none';

export interface FilePlan {
  status: 200 | 206 | 304 | 416;
  headers: Record<string, string>;
  /** Inclusive byte range to stream; null when no body is sent. */
  range: { start: number; end: number } | null;
}

const CACHE: Record<CachePolicy, string> = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'no-cache',
  none: 'no-store',
};

/**
 * Status, headers and byte range for a file answer, Range-aware (video seeking needs 206) and with caching
 * chosen by the caller: content-addressed media never change, so they are immutable.
 */
export function planFileResponse(opts: {
  size: number;
  mime: string;
  cache: CachePolicy;
  method: string;
  range?: string | null;
  etag?: string;
  ifNoneMatch?: string | null;
}): FilePlan {
  const headers: Record<string, string> = {
    'content-type': opts.mime,
    'accept-ranges': 'bytes',
    'cache-control': CACHE[opts.cache],
    'x-content-type-options': 'nosniff',
  };
  if (opts.etag) {
    headers.etag = `"${opts.etag}"`;
    if (opts.ifNoneMatch === headers.etag) return { status: 304, headers, range: null };
  }
  const range = parseRange(opts.range ?? undefined, opts.size);
  if (range === 'invalid') return { status: 416, headers: { ...headers, 'content-range': `bytes */${opts.size}` }, range: null };
  const span = range ?? (opts.size > 0 ? { start: 0, end: opts.size - 1 } : null);
  headers['content-length'] = String(span ? span.end - span.start + 1 : 0);
  if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${opts.size}`;
  return { status: range ? 206 : 200, headers, range: opts.method === 'HEAD' ? null : span };
}
