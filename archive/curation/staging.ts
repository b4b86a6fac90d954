import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UPLOAD_CHUNK_BYTES } from '../api/contract';
import { ArchiveError } from '../errors';

export interface StagedUpload {
  id: string;
  curatorId: number;
  /** The name the browser gave: a label only, never part of a path. */
  name: string;
  relativePath: string;
  size: number;
  received: number;
  file: string;
  lastMs: number;
}

/** Uploads abandoned for this long (a closed laptop, a crashed tab) are removed. */
export const STAGED_TTL_MS = 6 * 60 * 60_000;
export const STAGED_MAX_FILES = 20_000;
export const STAGED_MAX_BYTES = 8 * 1024 * 1024 * 1024;

export function stagingDir(root: string): string {
  return path.join(root, 'staging');
}

/**
 * Files on their way in: written chunk by chunk to <archive>/staging/<random id>.part, owned by the curator
 * who started them, and only ever handed to the media pipeline or the import engine by id.
 */
export class StagingArea {
  private readonly uploads = new Map<string, StagedUpload>();
  private readonly dir: string;

  constructor(
    root: string,
    private readonly now: () => number,
  ) {
    this.dir = stagingDir(root);
    // Uploads are tracked in memory, so what an earlier run left can never be finished; another process on
    // the same archive may still be using fresh files, so only old ones go.
    for (const name of fs.existsSync(this.dir) ? fs.readdirSync(this.dir) : []) {
      const file = path.join(this.dir, name);
      try {
        if (this.now() - fs.statSync(file).mtimeMs > STAGED_TTL_MS) fs.rmSync(file, { force: true });
      } catch {
        // Removed by someone else first.
      }
    }
  }

  begin(curatorId: number, name: string, size: number, relativePath = ''): StagedUpload {
    this.sweep();
    if (this.uploads.size >= STAGED_MAX_FILES) throw new ArchiveError('UPLOAD_LIMIT', `Too many files are waiting (${STAGED_MAX_FILES}). Finish or cancel the current upload first.`);
    const pending = [...this.uploads.values()].reduce((n, u) => n + u.size, 0);
    if (pending + size > STAGED_MAX_BYTES) throw new ArchiveError('UPLOAD_LIMIT', 'The files waiting to be added are too large together. Add fewer at a time.');
    fs.mkdirSync(this.dir, { recursive: true });
    const id = crypto.randomBytes(18).toString('base64url');
    const file = path.join(this.dir, `${id}.part`);
    fs.writeFileSync(file, new Uint8Array(0), { flag: 'wx' });
    const u: StagedUpload = { id, curatorId, name: name.normalize('NFC'), relativePath: relativePath.normalize('NFC'), size, received: 0, file, lastMs: this.now() };
    this.uploads.set(id, u);
    return u;
  }

  /** Appends one chunk at `offset`; a repeat of a chunk already received (a retry) changes nothing. */
  append(curatorId: number, id: string, offset: number, data: Buffer): StagedUpload {
    const u = this.get(curatorId, id, false);
    if (data.length > UPLOAD_CHUNK_BYTES) throw new ArchiveError('BAD_INPUT', `A chunk is at most ${UPLOAD_CHUNK_BYTES} bytes.`);
    if (offset + data.length <= u.received) return u;
    if (offset !== u.received) throw new ArchiveError('UPLOAD_OUT_OF_ORDER', `${u.name}: expected the part starting at byte ${u.received}, got ${offset}. Add the file again.`);
    if (u.received + data.length > u.size) throw new ArchiveError('UPLOAD_TOO_LONG', `${u.name} is longer than the ${u.size} bytes announced. Add the file again.`);
    fs.appendFileSync(u.file, data);
    u.received += data.length;
    u.lastMs = this.now();
    return u;
  }

  /** An upload owned by this curator; `complete` insists every byte has arrived. */
  get(curatorId: number, id: string, complete = true): StagedUpload {
    const u = this.uploads.get(id);
    if (!u || u.curatorId !== curatorId) throw new ArchiveError('UPLOAD_UNKNOWN', 'That upload is not waiting here any more (it may have expired). Add the file again.');
    if (complete && u.received !== u.size) throw new ArchiveError('UPLOAD_INCOMPLETE', `${u.name} has not finished uploading (${u.received} of ${u.size} bytes).`);
    return u;
  }

  discard(curatorId: number, id: string): void {
    const u = this.uploads.get(id);
    if (!u || u.curatorId !== curatorId) return;
    this.uploads.delete(id);
    fs.rmSync(u.file, { force: true });
  }

  sweep(): void {
    const now = this.now();
    for (const u of [...this.uploads.values()]) {
      if (now - u.lastMs > STAGED_TTL_MS) {
        this.uploads.delete(u.id);
        fs.rmSync(u.file, { force: true });
      }
    }
  }
}
