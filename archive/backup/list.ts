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
      if (info.success && info.data.id === id) out.push(info.data);
    } catch {
      // An unreadable description is not a backup we can vouch for.
    }
  }
  return out.sort((a, b) => b.id.localeCompare(a.id));
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
