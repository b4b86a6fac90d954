import crypto from 'node:crypto';
import path from 'node:path';

/** Backups live beside the database, outside it: restoring one must not lose the list of later ones. */
export function backupsDir(root: string): string {
  return path.join(root, 'backups');
}

const ID = /^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$/;

export function isBackupId(id: unknown): id is string {
  return typeof id === 'string' && ID.test(id);
}

export function newBackupId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${crypto.randomBytes(3).toString('hex')}`;
}

/** File paths of one backup, from a validated id only (an id from a request never becomes a path otherwise). */
export function backupFiles(root: string, id: string): { db: string; meta: string } {
  if (!isBackupId(id)) throw new Error(`not a backup id: ${String(id).slice(0, 60)}`);
  const dir = backupsDir(root);
  return { db: path.join(dir, `${id}.db`), meta: path.join(dir, `${id}.json`) };
}
