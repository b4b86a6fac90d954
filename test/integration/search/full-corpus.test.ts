// The whole poems corpus (60,070 records) from ../shared/data, when this machine has it: exact counts from
// its README, the substring oracle, pinyin and typos at full size. Skipped, saying why, on a fresh clone.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../archive/archive';
import { DB_FILE } from '../../../archive/db/open';
import { loadSourceDocs } from '../../../archive/search/doc-source';
import { SearchEngine } from '../../../archive/search/engine';
import { foldedCorpus } from '../../../archive/search/substring-scan';
import { makeTempDir } from '../../support/temp-dir';
import { FULL_POEMS, loadPoems, readPoems } from './poems-archive';
import { copyArchive } from './sample-archive';

const present = fs.existsSync(FULL_POEMS);
if (!present) console.warn(`search full-corpus tests skipped: ${FULL_POEMS} is not on this machine (the committed sample tests still run).`);

/** Builds the full archive once per loader version into the OS temp folder; later runs copy it. */
function fullTemplate(): string {
  const hash = crypto.createHash('sha256');
  const root = path.resolve(import.meta.dirname, '../../..');
  for (const f of ['archive/content/exhibit-write.ts', 'archive/db/migrations/index.ts', 'test/integration/search/poems-archive.ts']) hash.update(fs.readFileSync(path.join(root, f)));
  for (const f of fs.readdirSync(path.join(root, 'archive/db/migrations')).sort()) hash.update(fs.readFileSync(path.join(root, 'archive/db/migrations', f)));
  hash.update(String(fs.statSync(FULL_POEMS).size));
  const dir = path.join(os.tmpdir(), `hak-search-full-${hash.digest('hex').slice(0, 16)}`);
  if (!fs.existsSync(path.join(dir, DB_FILE))) {
    const staging = `${dir}.${process.pid}.tmp`;
    fs.rmSync(staging, { recursive: true, force: true });
    const a = openArchive(staging, { create: true });
    try {
      loadPoems(a.db, readPoems(FULL_POEMS));
      a.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      a.close();
    }
    try {
      fs.renameSync(staging, dir);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another run won the race
    }
  }
  return dir;
}

describe.skipIf(!present)('the full poems corpus', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let archive: Archive;
  let engine: SearchEngine;
  let oracle: (q: string) => number[];

  beforeAll(() => {
    tmp = makeTempDir('hak-search-full-');
    archive = copyArchive(fullTemplate(), path.join(tmp.dir, 'a'));
    engine = new SearchEngine(archive.db);
    oracle = foldedCorpus(archive.db, 'visitor');
  }, 600_000);
  afterAll(() => {
    archive?.close();
    tmp?.cleanup();
  });

  const everything = (q: string) => engine.search({ q, offset: 0, limit: 100_000 }, 'visitor');

  it('counts the README names exactly: 李白 1,148, 杜甫 1,481, 白居易 2,915', () => {
    for (const [name, count] of [['李白', 1148], ['杜甫', 1481], ['白居易', 2915]] as const) {
      expect(everything(name).page.filter((p) => p.score === 100).length, name).toBe(count);
    }
  });

  it('finds the title 水调歌头 exactly 743 times and inside 744 titles', () => {
    const r = everything('水调歌头');
    expect(r.page.filter((p) => p.score === 74).length).toBe(743);
    expect(r.page.filter((p) => p.score >= 70 && p.score <= 74).length).toBe(744);
  });

  it('returns exactly the substring oracle for Chinese queries of 1 to 4 characters', () => {
    for (const q of ['月', '风', '的', '𠀋', '李', '明月', '李白', '长安', '故人', '李商隐', '李商隱', '白居易', '静夜思', '水调歌头', '不知何处', '乾', '後']) {
      const r = everything(q);
      expect(
        r.page.map((p) => p.id).sort((a, b) => a - b),
        q,
      ).toEqual(oracle(q));
    }
    expect(engine.search({ q: '风', offset: 0, limit: 1 }, 'visitor').total).toBe(oracle('风').length);
  });

  it('finds the poets by pinyin: full spelling, initials and mixed, named first', () => {
    for (const [q, name, count] of [['libai', '李白', 1148], ['dufu', '杜甫', 1481], ['baijuyi', '白居易', 2915], ['li白', '李白', 1148]] as const) {
      const r = everything(q);
      expect(r.page.filter((p) => p.score === 96).length, q).toBe(count);
      expect(loadSourceDocs(archive.db, [r.page[0]!.id])[0]!.zh.name, q).toBe(name);
    }
    for (const [q, name] of [['lb', '李白'], ['bjy', '白居易'], ['lsy', '李商隱']] as const) {
      const top = everything(q).page.filter((p) => p.score === 86).map((p) => p.id);
      expect(new Set(loadSourceDocs(archive.db, top).map((d) => d.zh.name)).has(name), q).toBe(true);
    }
  });

  it('suggests 静夜思 for the typo 静夜死', () => {
    const r = engine.search({ q: '静夜死', offset: 0, limit: 10 }, 'visitor');
    expect(r.didYouMean).toBe('静夜思');
    expect(r.total).toBe(oracle('静夜思').length);
  });
});
