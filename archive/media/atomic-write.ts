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

/**
 * The same as writeFileAtomic without blocking the event loop on fsync, so several images can be stored
 * while others are still being encoded. A failed write removes its temp file.
 */
export async function writeFileAtomicAsync(tmpDir: string, target: string, data: Uint8Array): Promise<void> {
  await fs.promises.mkdir(tmpDir, { recursive: true });
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(tmpDir, `${crypto.randomBytes(8).toString('hex')}.part`);
  const fh = await fs.promises.open(tmp, 'wx', 0o644);
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.promises.rename(tmp, target);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
}
