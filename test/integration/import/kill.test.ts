// An import killed with SIGKILL at any moment leaves the archive exactly as before: verify passes, and every
// content table has the same rows and the same content hash. 24 runs: kills at chosen progress steps (before
// reading, mid-photos, at the backup, inside the write transaction) and at random times over a measured run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/archive';
import { applyImport } from '../../../archive/import';
import { verifyArchive } from '../../../archive/verify';
import { makeJpeg } from '../../support/images';
import { makeTempDir } from '../../support/temp-dir';
import { count, newArchive, snapshot } from '../../unit/import/archive-fixture';

const CHILD = path.join(import.meta.dirname, 'kill-child.ts');
const ROWS = 700;
const PHOTOS = 12;
let tmp: ReturnType<typeof makeTempDir>;
let template: string;
let csv: string;
let photos: string;
let baseline: ReturnType<typeof snapshot>;
let baselineAudit: number;

/** Deterministic pseudo-random numbers, so a failure names a reproducible kill point. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

beforeAll(async () => {
  tmp = makeTempDir('hak-kill-');
  photos = path.join(tmp.dir, 'photos');
  fs.mkdirSync(photos);
  for (let i = 0; i < PHOTOS; i++) fs.writeFileSync(path.join(photos, `p${i}.jpg`), await makeJpeg(640, 480, 100 + i, 60));
  csv = path.join(tmp.dir, 'veterans.csv');
  const lines = ['编号,姓名,出生年份,籍贯,部队,事迹,照片'];
  for (let i = 0; i < ROWS; i++) lines.push(`k-${i},老兵${i},${1930 + (i % 40)},赤峰,某部${i % 7}连,第${i}位老兵的事迹。,${i < PHOTOS ? `p${i}.jpg` : ''}`);
  fs.writeFileSync(csv, lines.join('\n'));
  // The archive already holds content (including one of the rows, so the import also updates).
  const env = newArchive('hak-kill-template-');
  await applyImport(env.archive, { source: { name: 'seed.csv', bytes: Buffer.from('编号,姓名,事迹\nk-0,老兵0,旧的事迹\ns-1,赵敏,退伍后回乡办学\n') }, collection: 'veterans' }, 'seed', { inline: true });
  baseline = snapshot(env.archive.db);
  baselineAudit = count(env.archive.db, 'audit_log');
  env.archive.db.pragma('wal_checkpoint(TRUNCATE)');
  env.archive.close();
  template = path.join(env.dir, 'archive');
}, 120_000);
afterAll(() => tmp?.cleanup());

interface Run {
  dir: string;
  lastLine: string;
  killed: boolean;
}

function runChild(copyTo: string, killWhen: (line: string, elapsedMs: number) => boolean, killAfterMs: number | null): Promise<Run> {
  fs.cpSync(template, copyTo, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, copyTo, csv, photos], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastLine = '';
    let killed = false;
    let errors = '';
    const kill = () => {
      if (!killed && child.exitCode === null) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const timer = killAfterMs === null ? null : setTimeout(kill, killAfterMs);
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        lastLine = line;
        const ms = Number(line.split(' ')[3] ?? 0);
        if (killWhen(line, ms)) kill();
      }
    });
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      if (!killed && code !== 0) reject(new Error(`child failed (${code}): ${errors}`));
      else resolve({ dir: copyTo, lastLine, killed });
    });
  });
}

function expectUntouched(dir: string, label: string): void {
  const archive = openArchive(dir);
  try {
    expect(verifyArchive(archive).problems, label).toEqual([]);
    expect(snapshot(archive.db), label).toEqual(baseline);
    expect(count(archive.db, 'audit_log'), label).toBe(baselineAudit);
  } finally {
    archive.close();
  }
}

describe('an import killed with SIGKILL', () => {
  it('leaves the archive exactly as before, at every point (24 runs)', async () => {
    // One undisturbed run: proves the import really changes the archive, and times its phases.
    const full = await runChild(path.join(tmp.dir, 'full'), () => false, null);
    expect(full.lastLine).toMatch(/^committed/);
    const done = openArchive(full.dir);
    expect(count(done.db, 'exhibits')).toBe(ROWS + 1);
    done.close();
    const total = Number(full.lastLine.split(' ')[3]);

    const points: { label: string; when: (line: string) => boolean; after: number | null }[] = [
      { label: 'at start', when: (l) => l.startsWith('start'), after: null },
      { label: 'while reading', when: (l) => l.startsWith('reading'), after: null },
      { label: 'first photo', when: (l) => l.startsWith('photos 1 '), after: null },
      { label: 'half the photos', when: (l) => l.startsWith(`photos ${PHOTOS / 2} `), after: null },
      { label: 'at the backup', when: (l) => l.startsWith('backup'), after: null },
      { label: 'inside the transaction (250 rows)', when: (l) => l.startsWith('writing 250 '), after: null },
      { label: 'inside the transaction (500 rows)', when: (l) => l.startsWith('writing 500 '), after: null },
      { label: 'inside the transaction (250 rows, again)', when: (l) => l.startsWith('writing 250 '), after: null },
    ];
    const random = rng(20251129);
    for (let i = points.length; i < 24; i++) {
      const after = Math.round(random() * total);
      points.push({ label: `at ${after} ms of ${total}`, when: () => false, after });
    }
    const reached: string[] = [];
    for (const [i, p] of points.entries()) {
      const run = await runChild(path.join(tmp.dir, `run-${i}`), p.when, p.after);
      reached.push(run.lastLine.split(' ')[0]!);
      if (run.killed) expectUntouched(run.dir, `${p.label} (last step: ${run.lastLine})`);
      else {
        // A random kill time can land after the commit: then the import must be whole.
        const a = openArchive(run.dir);
        expect(count(a.db, 'exhibits'), p.label).toBe(ROWS + 1);
        expect(verifyArchive(a).problems).toEqual([]);
        a.close();
      }
      fs.rmSync(run.dir, { recursive: true, force: true });
    }
    expect(reached.filter((r) => r === 'writing').length).toBeGreaterThanOrEqual(3);
  }, 600_000);
});
