// Photos are validated and stored through archive/media/prepare.ts, which refuses SVG, corrupt, truncated,
// oversized and non-image files with its own codes. Storing is safe before the import is applied: until a row
// names a hash, its files are unreferenced. A small cache beside the store lets the apply reuse what the dry
// run already prepared instead of rendering every photo twice.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { MessageParams } from '../../api/contract/import-report';
import { isArchiveError } from '../../errors';
import { writeFileAtomic } from '../../media/atomic-write';
import { mediaFilePath, tempDir } from '../../media/paths';
import { prepareMedia, readImageInput, type PreparedMedia } from '../../media/prepare';
import type { PhotoFile } from './photo-index';

export type PhotoResult =
  | { ok: true; prepared: PreparedMedia; inArchive: boolean }
  | { ok: false; code: string; detail: string | null; params: MessageParams; reason: string };

function cacheFile(root: string, sha: string): string {
  return path.join(tempDir(root), `prepared-${sha}.json`);
}

function fromCache(root: string, sha: string): PreparedMedia | null {
  try {
    const p = JSON.parse(fs.readFileSync(cacheFile(root, sha), 'utf8')) as PreparedMedia;
    if (p.sha256 !== sha) return null;
    if (fs.statSync(mediaFilePath(root, sha, 'original', p.ext)).size !== p.bytes) return null;
    for (const d of p.derivatives) if (fs.statSync(mediaFilePath(root, sha, d.variant, 'webp')).size !== d.bytes) return null;
    return p;
  } catch {
    return null;
  }
}

function fromArchive(db: Database.Database, sha: string, originalName: string): PreparedMedia | null {
  const m = db.prepare<[string], { ext: PreparedMedia['ext']; mime: string; bytes: number; width: number; height: number }>('SELECT ext, mime, bytes, width, height FROM media WHERE sha256 = ?').get(sha);
  if (!m) return null;
  const derivatives = db
    .prepare<[string], PreparedMedia['derivatives'][number]>("SELECT variant, mime, width, height, bytes FROM media_derivatives WHERE sha256 = ? AND variant IN ('thumb','screen') ORDER BY variant DESC")
    .all(sha);
  return { sha256: sha, ...m, originalName, derivatives };
}

async function prepareOne(db: Database.Database, root: string, file: PhotoFile): Promise<PhotoResult> {
  try {
    const bytes = await readImageInput(file.abs, file.rel);
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    const existing = fromArchive(db, sha, path.basename(file.rel));
    if (existing && existing.derivatives.length === 2) return { ok: true, prepared: existing, inArchive: true };
    const cached = fromCache(root, sha);
    if (cached) return { ok: true, prepared: { ...cached, originalName: path.basename(file.rel) }, inArchive: false };
    const prepared = await prepareMedia(root, bytes, file.rel, path.basename(file.rel));
    writeFileAtomic(tempDir(root), cacheFile(root, sha), Buffer.from(JSON.stringify(prepared)));
    return { ok: true, prepared, inArchive: false };
  } catch (e) {
    if (isArchiveError(e)) {
      const d = e.details ?? {};
      return { ok: false, code: e.code, detail: typeof d.detail === 'string' ? d.detail : null, params: (d.params as MessageParams | undefined) ?? { file: file.rel }, reason: e.message };
    }
    const error = (e as Error).message.split('\n')[0]!;
    return { ok: false, code: 'MEDIA_UNREADABLE', detail: null, params: { file: file.rel, error }, reason: `${file.rel} could not be read (${error}).` };
  }
}

/** Prepares every distinct file with bounded concurrency; results by absolute path. */
export async function preparePhotos(db: Database.Database, root: string, files: readonly PhotoFile[], concurrency: number, onDone: (done: number) => void): Promise<Map<string, PhotoResult>> {
  const out = new Map<string, PhotoResult>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++]!;
      out.set(f.abs, await prepareOne(db, root, f));
      onDone(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  return out;
}
