import fs from 'node:fs';
import type http from 'node:http';
import { parseRange } from '../../archive/media/resolve';

/** Streams a file with Range support; `immutable` is for content-addressed files whose bytes never change. */
export function sendFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: { path: string; mime: string; size: number },
  cache: 'immutable' | 'revalidate' | 'none',
  etag?: string,
): void {
  const headers: http.OutgoingHttpHeaders = {
    'content-type': file.mime,
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    'cache-control': cache === 'immutable' ? 'public, max-age=31536000, immutable' : cache === 'revalidate' ? 'no-cache' : 'no-store',
  };
  if (etag) {
    headers.etag = `"${etag}"`;
    if (req.headers['if-none-match'] === `"${etag}"`) {
      res.writeHead(304, headers).end();
      return;
    }
  }
  const range = parseRange(req.headers.range, file.size);
  if (range === 'invalid') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${file.size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: file.size - 1 };
  headers['content-length'] = String(file.size === 0 ? 0 : end - start + 1);
  if (range) headers['content-range'] = `bytes ${start}-${end}/${file.size}`;
  res.writeHead(range ? 206 : 200, headers);
  if (req.method === 'HEAD' || file.size === 0) {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file.path, { start, end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
