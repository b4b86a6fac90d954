import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../archive/db/migrate';
import { migrations } from '../../../archive/db/migrations';
import { openDatabase } from '../../../archive/db/open';
import { makeTempDir } from '../../support/temp-dir';

const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((c) => c()));
function tempArchive(): string {
  const t = makeTempDir();
  temps.push(t.cleanup);
  return t.dir;
}

describe('migrations', () => {
  it('apply in order to an empty archive file and record user_version', () => {
    const dir = tempArchive();
    const db = openDatabase(dir, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  // Each migration is applied on top of the previous version holding real rows, as a kiosk in the field would.
  it.each(migrations.map((_, i) => i))('migration %i applies on top of the previous schema with rows in it', (i) => {
    const dir = tempArchive();
    const db = new Database(path.join(dir, 'archive.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, i);
    if (i >= 1) {
      db.prepare(`INSERT INTO collections (slug, title) VALUES ('heroes', '英模肖像')`).run();
      db.prepare(`INSERT INTO exhibits (uid, collection_id, name, status) VALUES ('p1', 1, '张三', 'published')`).run();
    }
    expect(migrate(db, migrations, i + 1)).toBe(i + 1);
    if (i >= 1) expect(db.prepare('SELECT name FROM exhibits WHERE uid = ?').get('p1')).toEqual({ name: '张三' });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('refuses an archive written by a newer version, naming both versions', () => {
    const dir = tempArchive();
    const db = new Database(path.join(dir, 'archive.db'));
    db.pragma(`user_version = ${migrations.length + 3}`);
    db.close();
    expect(() => openDatabase(dir)).toThrow(/newer version of the app \(schema \d+; this app knows up to \d+\)/);
  });

  it('rolls back a failing migration completely', () => {
    const dir = tempArchive();
    const db = new Database(path.join(dir, 'archive.db'));
    const broken = ['CREATE TABLE a (x INTEGER);', 'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);'];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'b'`).get()).toBeUndefined();
    db.close();
  });

  it('refuses a file that is not a database with a clear message', () => {
    const dir = tempArchive();
    fs.writeFileSync(path.join(dir, 'archive.db'), 'this is not sqlite, it is a text file pretending');
    expect(() => openDatabase(dir)).toThrow(/is not a readable archive|Cannot open/);
  });

  it('says how to create an archive when the folder has none', () => {
    const dir = tempArchive();
    expect(() => openDatabase(path.join(dir, 'missing'))).toThrow(/No archive at .*archive init/);
  });
});
