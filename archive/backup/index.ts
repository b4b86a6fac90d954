// Backups of an archive: listed from the backups/ folder beside archive.db, created with VACUUM INTO, restored
// in one transaction while the kiosk keeps running. Create and restore run in a worker thread unless `inline`.
import type { BackupInfo, RestoreResult } from '../api/contract/import-report';
import type { Archive } from '../archive';
import { runJob } from '../import/worker/run-job';
import { createBackupSync } from './create';
import { findBackup, listBackups, pruneAutomaticBackups } from './list';
import { restoreInline } from './restore';

export { listBackups, findBackup, pruneAutomaticBackups };

export async function createBackup(archive: Archive, req: { actor: string; label?: string; reason?: BackupInfo['reason']; params?: BackupInfo['reasonParams'] }, opts: { inline?: boolean } = {}): Promise<BackupInfo> {
  const request = { reason: req.reason ?? 'manual', params: req.params ?? {}, actor: req.actor, label: req.label ?? '' } as const;
  if (opts.inline) return createBackupSync(archive, request);
  return runJob<BackupInfo>({ kind: 'backup', root: archive.root, request });
}

/** Brings the archive back to a backup; the present state is backed up first, and the restore is logged. */
export async function restoreBackup(archive: Archive, id: string, actor: string, opts: { inline?: boolean } = {}): Promise<RestoreResult> {
  findBackup(archive.root, id);
  if (opts.inline) return restoreInline(archive, id, actor);
  return runJob<RestoreResult>({ kind: 'restore', root: archive.root, id, actor });
}
