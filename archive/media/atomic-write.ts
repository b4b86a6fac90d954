import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes to a temp file in the same archive, fsyncs it, then renames it into place, so a crash leaves either
 * the whole file or none (a leftover temp file is swept by `sweepTemp`).
 */
export function writeFileAtomic(tmpDir: string, target: string, data: Uint8Array): void {
  fs.mkdirSync(tmpDir, { recursive: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = path.join(tmpDir, `${crypto.randomBytes(8).toString('hex')}.part`);
  const fd = fs.openSync(tmp, 'wx', 0o644);
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, target);
}

/** Removes temp files left by a process that was killed mid-write. */
export function sweepTemp(tmpDir: string, olderThanMs = 60 * 60 * 1000): number {
  if (!fs.existsSync(tmpDir)) return 0;
  let removed = 0;
  const now = Date.now();
  for (const name of fs.readdirSync(tmpDir)) {
    const file = path.join(tmpDir, name);
    try {
      if (now - fs.statSync(file).mtimeMs >= olderThanMs) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // Another process removed it first.
    }
  }
  return removed;
}

/** A temp file whose bytes are written; `synced` settles once they are also on disk. */
export interface StagedFile {
  path: string;
  synced: Promise<void>;
}

/**
 * Writes a temp file in the archive for a caller that reads it back before deciding whether it goes into the
 * store: the fsync runs on while the caller reads, and commitStaged waits for it before the rename.
 */
export async function stageFile(tmpDir: string, data: Uint8Array): Promise<StagedFile> {
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, `${crypto.randomBytes(8).toString('hex')}.part`);
  const fh = await fs.promises.open(tmp, 'wx', 0o644);
  try {
    await fh.writeFile(data);
  } catch (e) {
    await fh.close();
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
  const synced = fh.sync().finally(() => fh.close());
  // Observed here so a failed fsync is not an unhandled rejection while the caller is still decoding.
  synced.catch(() => undefined);
  return { path: tmp, synced };
}

/** Renames a staged file into place once it is on disk; on any failure the temp file is removed. */
export async function commitStaged(staged: StagedFile, target: string): Promise<void> {
  try {
    await staged.synced;
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.rename(staged.path, target);
  } catch (e) {
    await fs.promises.rm(staged.path, { force: true });
    throw e;
  }
}

export async function discardStaged(staged: StagedFile): Promise<void> {
  await staged.synced.catch(() => undefined);
  await fs.promises.rm(staged.path, { force: true });
}

/**
 * The same as writeFileAtomic without blocking the event loop on fsync, so several images can be stored
 * while others are still being encoded. A failed write removes its temp file.
 */
export async function writeFileAtomicAsync(tmpDir: string, target: string, data: Uint8Array): Promise<void> {
  await commitStaged(await stageFile(tmpDir, data), target);
}
