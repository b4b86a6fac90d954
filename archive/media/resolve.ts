import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { mediaFilePath, isSha256, type Variant } from './paths';

export interface ResolvedMedia {
  file: string;
  mime: string;
  bytes: number;
}

/** True when `child` is `parent` or inside it, compared by path segments (so /a/media-evil is not in /a/media). */
export function isPathInside(child: string, parent: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel) && rel.split(path.sep)[0] !== '..');
}

/**
 * Maps a media request "<sha256>/<variant>" to a stored file. The file name comes from the database row and
 * the validated hash, never from the request; the result is checked to sit inside the archive even through
 * symlinks. Returns null for anything that is not exactly a known image.
 */
export function resolveMedia(root: string, db: Database.Database, sha256: unknown, variant: unknown): ResolvedMedia | null {
  if (!isSha256(sha256)) return null;
  if (variant !== 'original' && variant !== 'thumb' && variant !== 'screen') return null;
  let ext: string;
  let mime: string;
  if (variant === 'original') {
    const row = db.prepare<[string], { ext: string; mime: string }>('SELECT ext, mime FROM media WHERE sha256 = ?').get(sha256);
    if (!row) return null;
    ({ ext, mime } = row);
  } else {
    const row = db
      .prepare<[string, string], { mime: string }>('SELECT mime FROM media_derivatives WHERE sha256 = ? AND variant = ?')
      .get(sha256, variant);
    if (!row) return null;
    mime = row.mime;
    ext = mime === 'image/avif' ? 'avif' : 'webp';
  }
  const file = mediaFilePath(root, sha256, variant as Variant, ext);
  let real: string;
  let realRoot: string;
  try {
    real = fs.realpathSync(file);
    realRoot = fs.realpathSync(root);
  } catch {
    return null;
  }
  if (!isPathInside(real, realRoot)) return null;
  const stat = fs.statSync(real);
  if (!stat.isFile()) return null;
  return { file: real, mime, bytes: stat.size };
}

/** Parses a single-range "bytes=a-b" header against a file size; null means "send it all", 'invalid' means 416. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start > end || start >= size) return 'invalid';
  return { start, end };
}
