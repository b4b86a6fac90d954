// A backup is a consistent copy of archive.db made with VACUUM INTO (a snapshot even while the kiosk reads and
// writes), fsynced, then renamed into place, with its description in a JSON file beside it. Media files are
// content-addressed and never deleted by import or restore, so the database copy is the whole backup.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupInfo, type BackupReason, type BackupReasonParams } from '../api/contract/import-report';
import type { Archive } from '../archive';
import { ArchiveError } from '../errors';
import { writeFileAtomic } from '../media/atomic-write';
import { tempDir } from '../media/paths';
import { backupFiles, backupsDir, newBackupId } from './paths';
import { nextCreatedAt } from './list';

export interface BackupRequest {
  reason: BackupReason;
  /** What the reason is about, for the workspace's own words ({ file } before an import …). */
  params?: BackupReasonParams;
  actor: string;
  /** The curator's words for a manual backup; for an automatic one, the reason in English (the CLI lists it). */
  label?: string;
}

/** The English line the CLI lists for an automatic backup that was given no label. */
export function reasonInEnglish(reason: BackupReason, params: BackupReasonParams = {}): string {
  if (reason === 'before-import') return params.file ? `before importing ${params.file}` : 'before an import';
  if (reason === 'before-restore') return params.backup ? `before restoring ${params.backup}` : 'before a restore';
  return '';
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function describe(file: string): { schemaVersion: number; exhibits: number; media: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number, exhibits: count('exhibits'), media: count('media') };
  } finally {
    db.close();
  }
}

/** Half-written copies left by a process killed mid-backup (never listed; removed once surely abandoned). */
function sweepParts(dir: string, olderThanMs = 60 * 60 * 1000): void {
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(file).mtimeMs > olderThanMs) fs.rmSync(file, { force: true });
    } catch {
      // removed by another process meanwhile
    }
  }
}

/** Synchronous: runs on whichever connection it is given (a worker's, or the CLI's). */
export function createBackupSync(archive: Archive, req: BackupRequest): BackupInfo {
  const dir = backupsDir(archive.root);
  fs.mkdirSync(dir, { recursive: true });
  sweepParts(dir);
  const id = newBackupId();
  const files = backupFiles(archive.root, id);
  const part = path.join(dir, `.${id}.part`);
  try {
    archive.db.prepare('VACUUM INTO ?').run(part);
    fsyncFile(part);
    fs.renameSync(part, files.db);
  } catch (e) {
    fs.rmSync(part, { force: true });
    const msg = (e as Error).message;
    throw new ArchiveError('BACKUP_FAILED', `The backup could not be written to ${dir} (${msg}). Check that the disk is not full.`);
  }
  const info = BackupInfo.parse({
    id,
    createdAt: nextCreatedAt(archive.root),
    reason: req.reason,
    reasonParams: req.params ?? {},
    actor: req.actor,
    label: req.label ?? reasonInEnglish(req.reason, req.params),
    bytes: fs.statSync(files.db).size,
    ...describe(files.db),
  });
  writeFileAtomic(tempDir(archive.root), files.meta, Buffer.from(JSON.stringify(info, null, 2)));
  return info;
}

export function deleteBackupFiles(root: string, id: string): void {
  const f = backupFiles(root, id);
  fs.rmSync(f.meta, { force: true });
  fs.rmSync(f.db, { force: true });
}

/**
 * Takes a backup and then the write lock, retrying until no other connection committed in between, so the
 * backup is exactly the state the following transaction starts from. Returns inside BEGIN IMMEDIATE.
 */
export function backupThenLock(archive: Archive, req: BackupRequest): BackupInfo {
  const { db } = archive;
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = db.pragma('data_version', { simple: true });
    const info = createBackupSync(archive, req);
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (e) {
      deleteBackupFiles(archive.root, info.id);
      if ((e as { code?: string }).code === 'SQLITE_BUSY') {
        throw new ArchiveError('ARCHIVE_BUSY', 'The archive is busy with another change (an import or a restore started elsewhere). Try again when it has finished; nothing was changed.');
      }
      throw e;
    }
    if (db.pragma('data_version', { simple: true }) === before) return info;
    db.exec('ROLLBACK');
    deleteBackupFiles(archive.root, info.id);
  }
  throw new ArchiveError('ARCHIVE_BUSY', 'The archive kept changing while the backup was taken (someone is editing). Try again in a moment.');
}
