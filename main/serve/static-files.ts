import fs from 'node:fs';
import path from 'node:path';
import { isPathInside } from '../../archive/media/resolve';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  path: string;
  mime: string;
  size: number;
  /** Vite puts a content hash in asset names: those can be cached forever. */
  hashed: boolean;
}

/**
 * Maps a URL path to a file in the built UI. Anything that is not a real file inside `dir` (a route such as
 * /gallery/heroes, a traversal attempt, an unknown type) falls back to index.html, which the router handles.
 */
export function resolveStatic(dir: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = '/';
  }
  const root = path.resolve(dir);
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const pick = (file: string): StaticFile | null => {
    if (!isPathInside(file, root) || decoded.includes('\0')) return null;
    try {
      const stat = fs.statSync(file);
      const mime = TYPES[path.extname(file).toLowerCase()];
      if (!stat.isFile() || !mime) return null;
      // A symlink inside the UI folder must not lead out of it.
      if (!isPathInside(fs.realpathSync(file), fs.realpathSync(root))) return null;
      return { path: file, mime, size: stat.size, hashed: /[-.][A-Za-z0-9_-]{8,}\.(js|css|woff2?|png|webp|svg)$/.test(file) && file.includes(`${path.sep}assets${path.sep}`) };
    } catch {
      return null;
    }
  };
  return pick(candidate) ?? pick(path.join(root, 'index.html'));
}
