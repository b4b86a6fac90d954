import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/archive';
import { createBackup, listBackups, pruneAutomaticBackups, restoreBackup } from '../../../archive/backup';
import { backupFiles } from '../../../archive/backup/paths';
import { upsertCollection } from '../../../archive/content/collection-write';
import { migrate } from '../../../archive/db/migrate';
import { migrations } from '../../../archive/db/migrations';
import { isArchiveError } from '../../../archive/errors';
import { applyImport, type ImportRequest } from '../../../archive/import';
import { mediaFilePath } from '../../../archive/media/paths';
import { verifyArchive } from '../../../archive/verify';
import { count, fixture, newArchive, snapshot } from './archive-fixture';

let env: ReturnType<typeof newArchive>;
afterEach(() => env?.cleanup());

const gbk: ImportRequest = { source: { path: fixture('veterans-gbk.csv') }, photos: { dir: fixture('photos') }, collection: 'veterans' };

/** What the search engineer's migration looks like: an FTS index and a change counter kept by triggers. */
function addSearchLikeTriggers(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE test_fts USING fts5(name, body, content='', tokenize='trigram');
    CREATE TABLE test_changes (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
    INSERT INTO test_changes VALUES (1, 0);
    CREATE TRIGGER test_fts_ai AFTER INSERT ON exhibits BEGIN
      INSERT INTO test_fts (rowid, name, body) VALUES (new.id, new.name, new.body);
      UPDATE test_changes SET n = n + 1;
    END;
    CREATE TRIGGER test_fts_ad AFTER DELETE ON exhibits BEGIN
      INSERT INTO test_fts (test_fts, rowid, name, body) VALUES ('delete', old.id, old.name, old.body);
      UPDATE test_changes SET n = n + 1;
    END;
    CREATE TRIGGER test_fts_au AFTER UPDATE ON exhibits BEGIN
      INSERT INTO test_fts (test_fts, rowid, name, body) VALUES ('delete', old.id, old.name, old.body);
      INSERT INTO test_fts (rowid, name, body) VALUES (new.id, new.name, new.body);
      UPDATE test_changes SET n = n + 1;
    END;`);
}

const ftsIds = (db: Database.Database, q: string) => (db.prepare('SELECT rowid FROM test_fts WHERE test_fts MATCH ? ORDER BY rowid').all(q) as { rowid: number }[]).map((r) => r.rowid);

describe('backups', () => {
  it('undoes an import with one restore while another connection keeps reading, and logs it', async () => {
    env = newArchive();
    const { db, root } = env.archive;
    addSearchLikeTriggers(db);
    await applyImport(env.archive, { source: { name: 'seed.csv', bytes: Buffer.from('编号,姓名,事迹\ns-1,赵敏,退伍后回乡办学\n') }, collection: 'heroes' }, 'test', { inline: true });
    const before = snapshot(db);
    // The "serve shell": another process-wide connection that stays open throughout.
    const kiosk = new Database(path.join(root, 'archive.db'), { readonly: true });
    const kioskCount = () => (kiosk.prepare('SELECT count(*) AS n FROM exhibits').get() as { n: number }).n;
    expect(kioskCount()).toBe(1);
    const result = await applyImport(env.archive, gbk, 'curator', { skipRejected: true });
    expect(kioskCount()).toBe(5);
    expect(ftsIds(db, '边防哨')).toHaveLength(1);
    const counter = (db.prepare('SELECT n FROM test_changes').get() as { n: number }).n;

    const restored = await restoreBackup(env.archive, result.backup.id, 'curator');
    expect(restored.restored.id).toBe(result.backup.id);
    expect(restored.changes).toMatchObject({ exhibits: 4, media: 4 });
    expect(snapshot(db)).toEqual(before);
    expect(kioskCount()).toBe(1);
    // Trigger-kept indexes followed the restore row by row; counters only ever move forward.
    expect(ftsIds(db, '边防哨')).toEqual([]);
    expect(ftsIds(db, '回乡办')).toEqual([1]);
    expect((db.prepare('SELECT n FROM test_changes').get() as { n: number }).n).toBeGreaterThan(counter);
    // The audit log is history: the import's entries stay, and the restore is one more.
    const actions = (db.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map((a) => a.action);
    expect(actions.filter((a) => a === 'exhibit.create')).toHaveLength(5);
    expect(actions.at(-1)).toBe('backup.restore');
    // The state before the restore was kept, so the restore itself can be undone.
    expect(listBackups(root).map((b) => b.reason)).toEqual(['before-restore', 'before-import', 'before-import']);
    expect(verifyArchive(env.archive).problems).toEqual([]);
    await restoreBackup(env.archive, restored.safetyBackup.id, 'curator', { inline: true });
    expect(count(db, 'exhibits')).toBe(5);
    kiosk.close();
  });

  it('restores a backup made by an older version of the schema', async () => {
    env = newArchive();
    const { db, root } = env.archive;
    const old = new Database(path.join(env.dir, 'old.db'));
    migrate(old, migrations, migrations.length - 1);
    old.exec(`INSERT INTO collections (slug, title) VALUES ('heroes', '英模肖像');
      INSERT INTO exhibits (uid, collection_id, name) VALUES ('old-1', 1, '王芳');`);
    old.close();
    const id = '20200101T000000Z-abcdef';
    const files = backupFiles(root, id);
    fs.mkdirSync(path.dirname(files.db), { recursive: true });
    fs.copyFileSync(path.join(env.dir, 'old.db'), files.db);
    fs.writeFileSync(files.meta, JSON.stringify({ id, createdAt: '2020-01-01T00:00:00.000Z', reason: 'manual', actor: 'old', label: 'old app', bytes: 1, schemaVersion: migrations.length - 1, exhibits: 1, media: 0 }));
    await restoreBackup(env.archive, id, 'test', { inline: true });
    expect(db.prepare('SELECT uid, name FROM exhibits').all()).toEqual([{ uid: 'old-1', name: '王芳' }]);
    expect(db.prepare('SELECT slug FROM collections').all()).toEqual([{ slug: 'heroes' }]);
  });

  it('refuses to restore a backup whose photo files are gone, changing nothing', async () => {
    env = newArchive();
    const { db, root } = env.archive;
    await applyImport(env.archive, gbk, 'test', { inline: true, skipRejected: true });
    const b = await createBackup(env.archive, { actor: 'test', label: 'with photos' }, { inline: true });
    const m = db.prepare('SELECT sha256, ext FROM media LIMIT 1').get() as { sha256: string; ext: string };
    fs.rmSync(mediaFilePath(root, m.sha256, 'original', m.ext));
    const before = snapshot(db);
    const e = await restoreBackup(env.archive, b.id, 'test', { inline: true }).catch((x: unknown) => x);
    expect(isArchiveError(e) && e.code).toBe('BACKUP_MEDIA_MISSING');
    expect(snapshot(db)).toEqual(before);
    expect(listBackups(root)).toHaveLength(2);
  });

  it('lists only complete backups and prunes old automatic ones, never manual ones', async () => {
    env = newArchive();
    const { root } = env.archive;
    const manual = await createBackup(env.archive, { actor: 'test', label: 'keep me' }, { inline: true });
    const taken: string[] = [];
    for (let i = 0; i < 12; i++) taken.push((await createBackup(env.archive, { actor: 'test', reason: 'before-import' }, { inline: true })).id);
    fs.writeFileSync(path.join(root, 'backups', '20990101T000000Z-000000.json'), '{"id":"20990101T000000Z-000000"}');
    fs.writeFileSync(path.join(root, 'backups', '.20990101T000000Z-111111.part'), 'half a copy');
    expect(listBackups(root)).toHaveLength(13);
    // Twelve backups fall within a second or two, so their ids share a stamp: newest first is still the order taken.
    expect(listBackups(root).map((b) => b.id)).toEqual([...taken].reverse().concat(manual.id));
    expect(pruneAutomaticBackups(root)).toEqual([taken[1], taken[0]]);
    const left = listBackups(root);
    expect(left.filter((b) => b.reason === 'before-import')).toHaveLength(10);
    expect(left.some((b) => b.id === manual.id)).toBe(true);
  });

  it('refuses unknown and malformed backup ids', async () => {
    env = newArchive();
    for (const id of ['20200101T000000Z-000000', '../../etc/passwd', '']) {
      const e = await restoreBackup(env.archive, id, 'test').catch((x: unknown) => x);
      expect(isArchiveError(e) && e.code).toBe('BACKUP_NOT_FOUND');
    }
  });

  it('works on an archive the kiosk has open for writing too', async () => {
    env = newArchive();
    const second = openArchive(env.archive.root);
    upsertCollection(second.db, { slug: 'history', title: { zh: '双拥三十年' } }, 'test');
    const b = await createBackup(env.archive, { actor: 'test' });
    upsertCollection(second.db, { slug: 'extra', title: { zh: '临时' } }, 'test');
    await restoreBackup(env.archive, b.id, 'test');
    expect((second.db.prepare('SELECT slug FROM collections ORDER BY id').all() as { slug: string }[]).map((r) => r.slug)).toEqual(['heroes', 'veterans', 'history']);
    second.close();
  });
});
