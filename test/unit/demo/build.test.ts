import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../archive/archive';
import { listCollections, listFigures } from '../../../archive/content/collection-read';
import { timeline } from '../../../archive/content/exhibit-read';
import { buildDemoArchive } from '../../../archive/demo/build';
import { ensureArchive } from '../../../archive/demo/ensure';
import { facts } from '../../../archive/demo/facts';
import { demoPlan } from '../../../archive/demo/plan';
import { publishBlockers } from '../../../archive/lint';
import { verifyArchive } from '../../../archive/verify';
import { makeTempDir } from '../../support/temp-dir';

const plan = demoPlan();
let tmp: { dir: string; cleanup: () => void };
let archive: Archive;
const lines: string[] = [];
let abandoned: string;

/** uid → the hashes of its photos, in order: what must not change between two builds of the same source. */
function photoMap(a: Archive): Record<string, string[]> {
  const rows = a.db
    .prepare('SELECT e.uid, m.sha256 FROM exhibits e JOIN exhibit_media m ON m.exhibit_id = e.id ORDER BY e.uid, m.position')
    .all() as { uid: string; sha256: string }[];
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.uid] ??= []).push(r.sha256);
  return out;
}

beforeAll(async () => {
  tmp = makeTempDir('hak-demo-build-');
  // The first run of a kiosk, after an earlier first run was killed half-way: no process has pid 2^22 + 1.
  abandoned = path.join(tmp.dir, 'fresh.building-4194305');
  fs.mkdirSync(path.join(abandoned, 'media'), { recursive: true });
  fs.writeFileSync(path.join(abandoned, 'archive.db'), 'half written');
  expect(await ensureArchive(path.join(tmp.dir, 'fresh'), (l) => lines.push(l))).toBe('built');
  archive = openArchive(path.join(tmp.dir, 'fresh'), { readonly: true });
}, 180_000);
afterAll(() => {
  archive?.close();
  tmp?.cleanup();
});

describe('the built demo archive', () => {
  it('is whole: integrity, every original and derivative present with its hash', () => {
    const report = verifyArchive(archive, { hashes: true });
    expect(report.problems).toEqual([]);
    expect(report.checked.media).toBe(plan.media.length);
    expect(report.checked.derivatives).toBe(plan.media.length * 2);
  });

  it('holds every planned exhibit and figure, published', () => {
    const count = (sql: string) => (archive.db.prepare(sql).get() as { n: number }).n;
    expect(count(`SELECT count(*) AS n FROM exhibits WHERE status = 'published'`)).toBe(plan.exhibits.length);
    expect(count('SELECT count(*) AS n FROM figures')).toBe(plan.figures.length);
    expect(listFigures(archive.db).map((f) => f.key)).toEqual(plan.figures.map((f) => f.key));
  });

  it('shows visitors every dated fact at its year and every undated fact on a panel', () => {
    const { events, panels } = timeline(archive.db, 'visitor');
    for (const f of facts.facts) {
      const uid = `fact-${f.id}`;
      if (f.year) expect(events.find((e) => e.uid === uid)?.date, uid).toEqual({ precision: 'year', start: String(f.year), end: null });
      else expect(panels.find((p) => p.uid === uid)?.date, uid).toEqual({ precision: 'unknown', start: null, end: null });
    }
    expect(events.filter((e) => e.sample).every((e) => e.title.zh.includes('（示例）'))).toBe(true);
    expect(events.filter((e) => !e.sample).every((e) => e.uid.startsWith('fact-'))).toBe(true);
    const years = events.map((e) => e.date.start!);
    expect(years).toEqual([...years].sort());
  });

  it('marks sample exhibits and their photos as samples, and nothing reported as a sample', () => {
    const rows = archive.db
      .prepare('SELECT e.uid, e.sample AS es, m.sample AS ms FROM exhibits e JOIN exhibit_media em ON em.exhibit_id = e.id JOIN media m ON m.sha256 = em.sha256')
      .all() as { uid: string; es: number; ms: number }[];
    for (const r of rows) {
      if (r.uid.startsWith('fact-')) expect([r.uid, r.es, r.ms]).toEqual([r.uid, 0, 0]);
      else expect([r.uid, r.es, r.ms]).toEqual([r.uid, 1, 1]);
    }
  });

  it('has the galleries in three languages, Mongolian awaiting a native speaker', () => {
    const cols = listCollections(archive.db, 'visitor');
    expect(cols.map((c) => [c.slug, c.exhibitCount > 0, Boolean(c.cover), /[\u1800-\u18af]/.test(c.title.mn ?? ''), Boolean(c.title.en)])).toEqual([
      ['heroes', true, true, true, true],
      ['veterans', true, true, true, true],
      ['history', true, true, true, true],
    ]);
    const mn = archive.db.prepare(`SELECT count(*) AS n, sum(needs_review) AS review FROM translations WHERE lang = 'mn'`).get() as { n: number; review: number };
    expect(mn.n).toBeGreaterThan(40);
    expect(mn.review).toBe(mn.n);
  });

  it('opens with nothing blocking the content check: shared theme illustrations carry a logged waiver', () => {
    const ids = (archive.db.prepare('SELECT id FROM exhibits').all() as { id: number }[]).map((r) => r.id);
    expect(publishBlockers(archive.db, ids)).toEqual([]);
    const waived = archive.db.prepare("SELECT rule, actor, reason FROM lint_waivers").all() as { rule: string; actor: string; reason: string }[];
    expect(waived.length).toBeGreaterThan(0);
    expect(new Set(waived.map((w) => w.rule))).toEqual(new Set(['photo-duplicate']));
    const logged = archive.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'lint.waive'").get() as { n: number };
    expect(logged.n).toBe(waived.length);
  });

  it('is the same archive every time: a second build, one picture at a time, has the same photos under the same hashes', async () => {
    await buildDemoArchive(path.join(tmp.dir, 'again'), { concurrency: 1 });
    const other = openArchive(path.join(tmp.dir, 'again'), { readonly: true });
    try {
      expect(photoMap(other)).toEqual(photoMap(archive));
    } finally {
      other.close();
    }
  }, 180_000);
});

describe('ensureArchive', () => {
  it('built the demo in place of a half-built folder left by a killed run, saying what it was doing', () => {
    expect(fs.existsSync(abandoned)).toBe(false);
    expect(fs.readdirSync(tmp.dir).filter((n) => n.includes('.building-'))).toEqual([]);
    expect(lines[0]).toContain('first run only');
    expect(lines.some((l) => /drawing the sample pictures: \d+\/\d+/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Demo archive ready in \d+\.\d s\.$/);
  });

  it('leaves an existing archive alone', async () => {
    expect(await ensureArchive(path.join(tmp.dir, 'fresh'))).toBe('existing');
  });

  it('refuses a folder that holds something other than an archive, and changes nothing', async () => {
    const dir = path.join(tmp.dir, 'photos');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'a curator’s file');
    await expect(ensureArchive(dir)).rejects.toThrow(`${dir} exists but holds no archive`);
    expect(fs.readdirSync(dir)).toEqual(['keep.txt']);
  });
});

