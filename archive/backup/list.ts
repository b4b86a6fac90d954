import fs from 'node:fs';
import { BackupInfo } from '../api/contract/import-report';
import { ArchiveError } from '../errors';
import { backupFiles, backupsDir, isBackupId } from './paths';
import { deleteBackupFiles } from './create';

/** Every complete backup, newest first. A description without its database (a crash mid-write) is skipped. */
export function listBackups(root: string): BackupInfo[] {
  const dir = backupsDir(root);
  if (!fs.existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const id = name.replace(/\.json$/, '');
    if (!name.endsWith('.json') || !isBackupId(id)) continue;
    const files = backupFiles(root, id);
    if (!fs.existsSync(files.db)) continue;
    try {
      const info = BackupInfo.safeParse(JSON.parse(fs.readFileSync(files.meta, 'utf8')));
      if (info.success && info.data.id === id) out.push(withReasonParams(info.data));
    } catch {
      // An unreadable description is not a backup we can vouch for.
    }
  }
  // Ids carry only the second, so two backups of one second are ordered by their millisecond createdAt.
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * A creation time later than every listed backup's, so "newest first" is the order they were taken in even
 * when the clock gives two backups the same millisecond (or steps back).
 */
export function nextCreatedAt(root: string, now = new Date()): string {
  const newest = listBackups(root)[0];
  const after = newest ? Date.parse(newest.createdAt) + 1 : 0;
  return new Date(Math.max(now.getTime(), Number.isNaN(after) ? 0 : after)).toISOString();
}

/** When a backup id was taken: 20261130T042000Z-ab12cd → 2026-11-30T04:20:00Z. */
export function idTime(id: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(id);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : '';
}

/**
 * Backups written before reasons carried their values only have the English label ("before importing x.csv"):
 * the values are read back from it, so the workspace words old and new backups alike.
 */
function withReasonParams(b: BackupInfo): BackupInfo {
  if (b.reason === 'before-import' && !b.reasonParams.file) {
    const file = /^before importing (.+)$/.exec(b.label)?.[1];
    if (file) return { ...b, reasonParams: { ...b.reasonParams, file } };
  }
  if (b.reason === 'before-restore' && !b.reasonParams.backup) {
    const backup = /^before restoring (\S+)$/.exec(b.label)?.[1];
    if (backup && isBackupId(backup)) return { ...b, reasonParams: { ...b.reasonParams, backup, createdAt: idTime(backup) } };
  }
  return b;
}

export function findBackup(root: string, id: string): BackupInfo {
  const found = isBackupId(id) ? listBackups(root).find((b) => b.id === id) : undefined;
  if (!found) throw new ArchiveError('BACKUP_NOT_FOUND', `There is no backup "${String(id).slice(0, 40)}" in this archive.`);
  return found;
}

/** Keeps the newest `keep` automatic backups (before an import or a restore); manual backups stay until removed by hand. */
export function pruneAutomaticBackups(root: string, keep = 10): string[] {
  const automatic = listBackups(root).filter((b) => b.reason !== 'manual');
  const gone = automatic.slice(keep).map((b) => b.id);
  for (const id of gone) deleteBackupFiles(root, id);
  return gone;
}
