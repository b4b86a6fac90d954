import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../archive/backup';
import { isArchiveError } from '../../../archive/errors';
import { applyImport, planImport, type ImportRequest } from '../../../archive/import';
import { verifyArchive } from '../../../archive/verify';
import { count, fixture, newArchive, snapshot } from './archive-fixture';

let env: ReturnType<typeof newArchive>;
afterEach(() => env?.cleanup());

const gbk: ImportRequest = { source: { path: fixture('veterans-gbk.csv') }, photos: { dir: fixture('photos') }, collection: 'veterans', mapping: { 入伍时间: 'date' } };

async function errorOf(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const e = await p.then(
    () => new Error('expected a refusal'),
    (x: unknown) => x,
  );
  if (!isArchiveError(e)) throw e;
  return { code: e.code, message: e.message };
}

describe('applying an import', () => {
  it('writes in a worker thread after a listed backup, and logs the import', async () => {
    env = newArchive();
    const { db } = env.archive;
    const progress: string[] = [];
    const plan = await planImport(env.archive, gbk);
    expect(plan.counts.rejected).toBe(1);
    const result = await applyImport(env.archive, gbk, 'curator:王老师', { skipRejected: true, expectPlanId: plan.planId, onProgress: (p) => progress.push(p.phase) });
    expect(result.counts).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: 1 });
    expect(result.photos).toEqual({ added: 4, reused: 0 });
    expect(progress).toEqual(expect.arrayContaining(['reading', 'photos', 'backup', 'done']));
    expect(listBackups(env.archive.root).map((b) => [b.id, b.reason, b.exhibits])).toEqual([[result.backup.id, 'before-import', 0]]);
    // The kiosk's own connection sees the import at once.
    expect(count(db, 'exhibits')).toBe(3);
    const audit = db.prepare('SELECT actor, action, after_json FROM audit_log WHERE id = ?').get(result.auditId) as { actor: string; action: string; after_json: string };
    expect(audit).toMatchObject({ actor: 'curator:王老师', action: 'import.apply' });
    expect(JSON.parse(audit.after_json)).toMatchObject({ file: 'veterans-gbk.csv', backup: result.backup.id });
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'exhibit.create' AND actor = 'curator:王老师'").get()).toEqual({ n: 3 });
    expect(verifyArchive(env.archive).problems).toEqual([]);
  });

  it('refuses a plan with errors unless asked to skip the rejected rows, naming them', async () => {
    env = newArchive();
    const before = snapshot(env.archive.db);
    const e = await errorOf(applyImport(env.archive, gbk, 'test', { inline: true }));
    expect(e.code).toBe('IMPORT_BLOCKED');
    expect(e.message).toBe('veterans-gbk.csv: 1 row(s) have problems that must be fixed first (6). Fix them in the file and import again, or choose to import only the 3 rows without problems.');
    expect(snapshot(env.archive.db)).toEqual(before);
    expect(listBackups(env.archive.root)).toEqual([]);
  });

  it('refuses when the file changed since the dry run the curator saw', async () => {
    env = newArchive();
    const plan = await planImport(env.archive, { ...gbk, mapping: {} }, { inline: true });
    const e = await errorOf(applyImport(env.archive, gbk, 'test', { inline: true, skipRejected: true, expectPlanId: plan.planId }));
    expect(e.code).toBe('IMPORT_CHANGED');
  });

  it('refuses an unreadable file whatever the options', async () => {
    env = newArchive();
    const e = await errorOf(applyImport(env.archive, { source: { path: fixture('unclosed-quote.csv') }, collection: 'heroes' }, 'test', { inline: true, skipRejected: true }));
    expect(e).toMatchObject({ code: 'IMPORT_UNREADABLE' });
    expect(e.message).toMatch(/unclosed-quote\.csv cannot be imported: Line 2: a quote/);
  });

  it('leaves the archive exactly as before when a row fails in the middle of the transaction', async () => {
    env = newArchive();
    const { db } = env.archive;
    await applyImport(env.archive, { source: { name: 'seed.csv', bytes: Buffer.from('编号,姓名\ns-1,赵敏\n') }, collection: 'heroes' }, 'test', { inline: true });
    // A database rule the dry run cannot know about fails the third row, after two were written.
    db.exec(`CREATE TRIGGER boom BEFORE INSERT ON exhibits WHEN new.uid = 'r-3' BEGIN SELECT RAISE(ABORT, 'refused by a database rule'); END;`);
    const before = snapshot(db);
    const audit = count(db, 'audit_log');
    const backups = listBackups(env.archive.root).length;
    const csv = '编号,姓名,照片\nr-1,王芳,王芳.jpg\nr-2,李强,李强.jpg\nr-3,张伟,张伟-1.jpg\nr-4,刘洋,\n';
    const e = await errorOf(applyImport(env.archive, { source: { name: 'fail.csv', bytes: Buffer.from(csv) }, collection: 'heroes', photos: { dir: fixture('photos') } }, 'test'));
    expect(e.code).toBe('IMPORT_FAILED');
    expect(e.message).toBe('The import stopped at line 4 ("张伟") and nothing was changed: refused by a database rule');
    expect(snapshot(db)).toEqual(before);
    expect(count(db, 'audit_log')).toBe(audit);
    expect(listBackups(env.archive.root)).toHaveLength(backups);
    expect(verifyArchive(env.archive).problems).toEqual([]);
  });

  it('runs one writing job per archive at a time', async () => {
    env = newArchive();
    const first = applyImport(env.archive, gbk, 'test', { skipRejected: true });
    const second = await errorOf(applyImport(env.archive, gbk, 'test', { skipRejected: true }));
    expect(second.code).toBe('ARCHIVE_BUSY');
    await first;
  });

  it('says there is nothing to do when everything already matches', async () => {
    env = newArchive();
    await applyImport(env.archive, gbk, 'test', { inline: true, skipRejected: true });
    const e = await errorOf(applyImport(env.archive, gbk, 'test', { inline: true, skipRejected: true }));
    expect(e).toMatchObject({ code: 'IMPORT_NOTHING', message: 'veterans-gbk.csv: there is nothing to import (3 row(s) already match the archive, 1 rejected).' });
  });
});
