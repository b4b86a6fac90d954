// One-click restore while the kiosk keeps running. The backup is copied to a scratch file and migrated to the
// current schema (an old backup stays restorable after an upgrade), a safety backup of the present state is
// taken (so the restore itself can be undone), then one write transaction brings the live database to the
// backup's content through ATTACH. Readers of the serving process never see a half-restored archive.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RestoreResult } from '../api/contract/import-report';
import type { Archive } from '../archive';
import { recordChange } from '../audit/log';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { ArchiveError } from '../errors';
import { mediaFilePath, tempDir } from '../media/paths';
import { backupThenLock, deleteBackupFiles } from './create';
import { diffRestore } from './diff-restore';
import { findBackup, pruneAutomaticBackups } from './list';
import { backupFiles } from './paths';
import { restorableTables } from './tables';

function scratchCopy(root: string, id: string): string {
  const dir = tempDir(root);
  fs.mkdirSync(dir, { recursive: true });
  const scratch = path.join(dir, `restore-${crypto.randomBytes(6).toString('hex')}.db`);
  fs.copyFileSync(backupFiles(root, id).db, scratch);
  const db = new Database(scratch);
  try {
    db.pragma('journal_mode = DELETE');
    migrate(db, migrations);
    const bad = db.pragma('integrity_check') as { integrity_check: string }[];
    if (bad.some((r) => r.integrity_check !== 'ok')) throw new ArchiveError('BACKUP_DAMAGED', `Backup ${id} is damaged (${bad[0]!.integrity_check}) and cannot be restored.`);
  } catch (e) {
    db.close();
    fs.rmSync(scratch, { force: true });
    throw e;
  }
  db.close();
  return scratch;
}

function missingMedia(root: string, scratch: string): string[] {
  const db = new Database(scratch, { readonly: true });
  try {
    return db
      .prepare<[], { sha256: string; ext: string }>('SELECT sha256, ext FROM media')
      .all()
      .filter((m) => !fs.existsSync(mediaFilePath(root, m.sha256, 'original', m.ext)))
      .map((m) => m.sha256);
  } finally {
    db.close();
  }
}

export function restoreInline(archive: Archive, id: string, actor: string): RestoreResult {
  const { db, root } = archive;
  const restored = findBackup(root, id);
  const scratch = scratchCopy(root, id);
  try {
    const missing = missingMedia(root, scratch);
    if (missing.length) {
      throw new ArchiveError('BACKUP_MEDIA_MISSING', `Backup ${id} shows ${missing.length} photo(s) whose files are no longer in the media folder (first: ${missing[0]!.slice(0, 12)}…). Restore the media folder from a copy first; nothing was changed.`);
    }
    const tables = restorableTables(db);
    db.prepare('ATTACH DATABASE ? AS b').run(scratch);
    let safetyBackup;
    try {
      safetyBackup = backupThenLock(archive, { reason: 'before-restore', params: { backup: id, createdAt: restored.createdAt }, actor, label: `before restoring ${id}` });
      try {
        db.pragma('defer_foreign_keys = ON');
        const count = (schema: string) => (db.prepare(`SELECT count(*) AS n FROM ${schema}.exhibits`).get() as { n: number }).n;
        const beforeCount = count('main');
        const changes = diffRestore(db, tables);
        const fk = db.pragma('foreign_key_check') as { table: string }[];
        if (fk.length) throw new ArchiveError('RESTORE_FAILED', `Restoring ${id} would leave ${fk.length} broken link(s) (in ${fk[0]!.table}); nothing was changed.`);
        const auditId = recordChange(db, {
          actor,
          action: 'backup.restore',
          entity: 'backup',
          entityId: id,
          before: { exhibits: beforeCount, safetyBackup: safetyBackup.id },
          after: { exhibits: count('main'), restored: restored.id, createdAt: restored.createdAt, changes },
        });
        db.exec('COMMIT');
        pruneAutomaticBackups(root);
        return { restored, safetyBackup, auditId, changes };
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        deleteBackupFiles(root, safetyBackup.id);
        throw e;
      }
    } finally {
      db.exec('DETACH DATABASE b');
    }
  } finally {
    fs.rmSync(scratch, { force: true });
  }
}
