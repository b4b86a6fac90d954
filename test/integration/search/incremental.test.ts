// The index follows every write, whichever connection makes it, and ends identical to one built afresh.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../archive/archive';
import { upsertCollection } from '../../../archive/content/collection-write';
import { deleteExhibit, upsertExhibit } from '../../../archive/content/exhibit-write';
import { writeTranslations } from '../../../archive/content/translations';
import { SearchEngine } from '../../../archive/search/engine';
import { foldedSubstringScan } from '../../../archive/search/substring-scan';
import { makeTempDir } from '../../support/temp-dir';
import { indexSnapshot } from './index-snapshot';
import { loadPoems, readPoems, SAMPLE_POEMS } from './poems-archive';
import { buildSampleArchive, copyArchive } from './sample-archive';

let tmp: ReturnType<typeof makeTempDir>;
const open: Archive[] = [];
let n = 0;

beforeAll(() => {
  tmp = makeTempDir('hak-search-incr-');
  buildSampleArchive(path.join(tmp.dir, 'template'));
});
afterEach(() => {
  while (open.length) open.pop()!.close();
});
afterAll(() => tmp?.cleanup());

function fresh(): Archive {
  const a = copyArchive(path.join(tmp.dir, 'template'), path.join(tmp.dir, `a${++n}`));
  open.push(a);
  return a;
}

/** Exhibits matching exactly (typo-tolerant guesses do not count here). */
const ids = (engine: SearchEngine, q: string, audience: 'visitor' | 'curator' = 'curator') => {
  const r = engine.search({ q, offset: 0, limit: 10_000 }, audience);
  return r.didYouMean === null ? r.page.map((p) => p.id).sort((a, b) => a - b) : [];
};

describe('incremental index', () => {
  it('makes an add, an edit, a translation, a tag, a photo caption and a delete searchable at once', () => {
    const a = fresh();
    const db = a.db;
    const engine = new SearchEngine(db);
    // After every write the engine agrees with the substring oracle, and the written exhibit is in or out.
    const check = (q: string, id: number, present: boolean) => {
      const found = ids(engine, q);
      expect(found, q).toEqual(foldedSubstringScan(db, q, 'curator'));
      expect(found.includes(id), q).toBe(present);
    };
    upsertCollection(db, { slug: 'heroes', title: '英雄' }, 'test');
    const { id } = upsertExhibit(db, { uid: 'x1', collection: 'heroes', status: 'published', name: '巴特尔', unit: '边防三团' }, 'test');
    check('巴特尔', id, true);
    expect(ids(engine, 'bateer')).toContain(id);
    upsertExhibit(db, { uid: 'x1', collection: 'heroes', status: 'published', name: '其木格', unit: '边防三团' }, 'test');
    check('巴特尔', id, false);
    check('其木格', id, true);
    writeTranslations(db, 'exhibit', id, 'name', { zh: '其木格', en: 'Qimuge' });
    expect(ids(engine, 'qimuge')).toEqual([id]);
    db.prepare('INSERT INTO exhibit_tags (exhibit_id, tag) VALUES (?, ?)').run(id, '拥军优属模范');
    check('拥军优属模范', id, true);
    const sha = 'a'.repeat(64);
    db.prepare(`INSERT INTO media (sha256, mime, ext, bytes, width, height, caption) VALUES (?, 'image/webp', 'webp', 1, 1, 1, '界碑前留影')`).run(sha);
    db.prepare('INSERT INTO exhibit_media (exhibit_id, sha256, position) VALUES (?, ?, 0)').run(id, sha);
    check('界碑前留影', id, true);
    db.prepare(`UPDATE media SET caption = '草原上的哨所' WHERE sha256 = ?`).run(sha);
    check('界碑前留影', id, false);
    check('草原上的哨所', id, true);
    upsertCollection(db, { slug: 'heroes', title: '英雄', hidden: true }, 'test');
    expect(ids(engine, '其木格', 'visitor')).toEqual([]);
    deleteExhibit(db, id, 'test');
    check('其木格', id, false);
    expect(indexSnapshot(engine.index)).toEqual(indexSnapshot(new SearchEngine(db).index));
  });

  it('sees writes made by another connection, as a bulk import in a worker makes them', () => {
    const a = fresh();
    const engine = new SearchEngine(a.db);
    const other = openArchive(a.root);
    open.push(other);
    upsertCollection(other.db, { slug: 'heroes', title: '英雄' }, 'test');
    other.db.transaction(() => {
      for (let i = 0; i < 600; i++) upsertExhibit(other.db, { uid: `w${i}`, collection: 'heroes', status: 'published', name: `王${String.fromCodePoint(0x4e00 + i)}`, honours: '一等功' }, 'test');
    })();
    // 600 changes arrive at once: the first query applies a slice, the rest follow; catchUp finishes them.
    engine.search({ q: '一等功', offset: 0, limit: 1 }, 'visitor');
    engine.catchUp();
    expect(engine.waiting).toBe(0);
    expect(ids(engine, '一等功', 'visitor')).toEqual(foldedSubstringScan(a.db, '一等功', 'visitor'));
    expect(ids(engine, '一等功', 'visitor').length).toBe(600);
    other.db.prepare(`DELETE FROM exhibits WHERE uid LIKE 'w1%'`).run();
    engine.catchUp();
    expect(ids(engine, '一等功', 'visitor')).toEqual(foldedSubstringScan(a.db, '一等功', 'visitor'));
    expect(indexSnapshot(engine.index)).toEqual(indexSnapshot(new SearchEngine(a.db).index));
  });

  it('notices when a backup is restored over the live database, and rebuilds', async () => {
    const a = fresh();
    const engine = new SearchEngine(a.db);
    const backup = path.join(tmp.dir, `backup-${n}.db`);
    await a.db.backup(backup);
    upsertCollection(a.db, { slug: 'heroes', title: '英雄' }, 'test');
    for (let i = 0; i < 3; i++) upsertExhibit(a.db, { uid: `r${i}`, collection: 'heroes', status: 'published', name: '恢复前' }, 'test');
    expect(ids(engine, '恢复前').length).toBe(3);
    // Restore through another connection with SQLite's backup API, as a restore while the kiosk runs does.
    const source = new Database(backup, { readonly: true });
    await source.backup(path.join(a.root, 'archive.db'));
    source.close();
    // The restored log is shorter and then grows again with other changes: only the nonce tells them apart.
    upsertCollection(a.db, { slug: 'veterans', title: '老兵' }, 'test');
    for (let i = 0; i < 5; i++) upsertExhibit(a.db, { uid: `s${i}`, collection: 'veterans', status: 'published', name: '恢复后' }, 'test');
    expect(ids(engine, '恢复前')).toEqual([]);
    expect(ids(engine, '恢复后').length).toBe(5);
    expect(indexSnapshot(engine.index)).toEqual(indexSnapshot(new SearchEngine(a.db).index));
  });

  it('ends identical whether the poems were loaded before the engine started or while it was running', () => {
    const dir = path.join(tmp.dir, `empty-${++n}`);
    const a = openArchive(dir, { create: true });
    open.push(a);
    const live = new SearchEngine(a.db);
    loadPoems(a.db, readPoems(SAMPLE_POEMS).slice(0, 1500));
    live.catchUp();
    expect(indexSnapshot(live.index)).toEqual(indexSnapshot(new SearchEngine(a.db).index));
  });

  it('prunes the change log and a reader left far behind rebuilds instead of missing changes', () => {
    const a = fresh();
    const log = { keep: 50, pruneEvery: 20 };
    const behind = new SearchEngine(a.db, log);
    const ahead = new SearchEngine(a.db, log);
    upsertCollection(a.db, { slug: 'heroes', title: '英雄' }, 'test');
    for (let i = 0; i < 120; i++) {
      upsertExhibit(a.db, { uid: `k${i}`, collection: 'heroes', status: 'published', name: '剪枝' }, 'test');
      ahead.sync();
    }
    const rows = a.db.prepare('SELECT count(*) FROM search_log').pluck().get() as number;
    expect(rows).toBeLessThan(120);
    expect(ids(behind, '剪枝').length).toBe(120);
    expect(indexSnapshot(behind.index)).toEqual(indexSnapshot(ahead.index));
  });
});

describe('migration 0002-search', () => {
  it('applies to an archive of the previous version with real rows and logs changes from then on', async () => {
    const { migrate } = await import('../../../archive/db/migrate');
    const { migrations } = await import('../../../archive/db/migrations');
    const { sql: search } = await import('../../../archive/db/migrations/0002-search');
    const position = migrations.indexOf(search);
    expect(position).toBeGreaterThan(0);
    const file = path.join(tmp.dir, `old-${++n}.db`);
    const db = new Database(file);
    migrate(db, migrations, position);
    db.prepare(`INSERT INTO collections (slug, title) VALUES ('heroes', '英雄')`).run();
    db.prepare(`INSERT INTO exhibits (uid, collection_id, status, name) VALUES ('old', 1, 'published', '旧人')`).run();
    expect(() => db.prepare('SELECT * FROM search_log').all()).toThrow();
    migrate(db, migrations);
    expect(db.prepare('SELECT count(*) FROM search_log').pluck().get()).toBe(1);
    const engine = new SearchEngine(db);
    expect(ids(engine, '旧人').length).toBe(1);
    db.prepare(`INSERT INTO exhibits (uid, collection_id, status, name) VALUES ('new', 1, 'published', '新人')`).run();
    expect(ids(engine, '新人').length).toBe(1);
    db.close();
    fs.rmSync(file, { force: true });
  });
});
