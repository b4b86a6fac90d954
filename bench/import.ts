// `npm run bench -- import [--rows 10000] [--photos 1000]`: a bulk import of generated veterans with photos,
// applied in the worker thread while the main thread keeps calling the kiosk's `search` method through the
// dispatcher. Prints rows/s, photos/s, peak RSS, and search p95 during the import against idle, plus the
// import's writing speed against a bare upsertExhibit loop measured in the same run.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { openArchive } from '../archive/archive';
import { upsertCollection } from '../archive/content/collection-write';
import { upsertExhibit } from '../archive/content/exhibit-write';
import { applyImport } from '../archive/import';
import { createArchiveService } from '../archive/service';
import { makeJpeg } from '../test/support/images';
import type { Bench } from './registry';
import { fmtMB, fmtMs, peakRss, summary, target } from './stats';

const CACHE = path.resolve('.bench/import');
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '建国军华明伟芳强敏静丽勇杰涛斌超磊鹏辉刚平波宇浩东海云峰林成志远新春秋兰英玉红文德福荣';
const UNITS = ['某边防团', '某工兵营', '某炮兵团', '某通信连', '某坦克旅', '某守备师', '某舟桥营'];
const HONOURS = ['一等功', '二等功', '三等功', '优秀士兵', '抗洪英雄', '模范退役军人', ''];
const PLACES = ['红山区', '松山区', '元宝山区', '宁城县', '巴林左旗', '巴林右旗', '翁牛特旗', '克什克腾旗', '敖汉旗', '喀喇沁旗'];
const QUERIES = ['王', '李强', '边防', '老兵', '赤峰', '一等功', 'wang', '宁城县', '抗洪', '通信连'];

function arg(args: string[], name: string, dflt: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
}

/** 1,000 distinct 2000×1500 JPEGs made once from one base picture (hue and crop vary, so every hash differs). */
async function photos(count: number): Promise<string> {
  // A larger cached set serves a smaller run: rows name only the first `count` files.
  const cached = fs.existsSync(CACHE) ? fs.readdirSync(CACHE).filter((n) => /^photos-\d+$/.test(n) && Number(n.slice(7)) >= count && fs.existsSync(path.join(CACHE, n, '.complete'))) : [];
  if (cached.length) return path.join(CACHE, cached.sort((x, y) => Number(x.slice(7)) - Number(y.slice(7)))[0]!);
  const dir = path.join(CACHE, `photos-${count}`);
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return dir;
  fs.mkdirSync(dir, { recursive: true });
  console.log(`  generating ${count} photos into ${dir} (once)…`);
  const base = await sharp(await makeJpeg(1100, 820, 7, 92)).resize(2200, 1640).toBuffer();
  for (let i = 0; i < count; i++) {
    const x = (i * 37) % 200;
    const y = (i * 53) % 140;
    const out = await sharp(base).extract({ left: x, top: y, width: 2000, height: 1500 }).modulate({ hue: (i * 11) % 360, brightness: 0.9 + (i % 5) * 0.05 }).jpeg({ quality: 85 }).toBuffer();
    fs.writeFileSync(path.join(dir, `photo-${String(i).padStart(4, '0')}.jpg`), out);
  }
  fs.writeFileSync(done, '');
  return dir;
}

function csvFile(rows: number, photoCount: number): string {
  const file = path.join(CACHE, `veterans-${rows}-${photoCount}.csv`);
  if (fs.existsSync(file)) return file;
  const every = Math.max(1, Math.floor(rows / Math.max(1, photoCount)));
  const lines = ['编号,姓名,出生年份,籍贯,民族,部队,荣誉,事迹,照片,照片说明'];
  for (let i = 0; i < rows; i++) {
    const name = SURNAMES[i % SURNAMES.length]! + GIVEN[(i * 7) % GIVEN.length]! + (i % 3 === 0 ? GIVEN[(i * 13) % GIVEN.length]! : '');
    const photo = i % every === 0 && i / every < photoCount ? `photo-${String(i / every).padStart(4, '0')}.jpg` : '';
    const place = PLACES[i % PLACES.length]!;
    lines.push(
      [`b-${i}`, name, 1925 + (i % 60), `赤峰市${place}`, i % 4 === 0 ? '蒙古族' : '汉族', UNITS[i % UNITS.length], HONOURS[i % HONOURS.length], `${name}，${1945 + (i % 50)}年入伍，在${UNITS[i % UNITS.length]}服役，退伍后回到${place}。`, photo, photo ? `${name}的军装照` : ''].join(','),
    );
  }
  fs.mkdirSync(CACHE, { recursive: true });
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

function freshArchive(name: string): string {
  const dir = path.join(CACHE, 'runs', name);
  fs.rmSync(dir, { recursive: true, force: true });
  const a = openArchive(dir, { create: true });
  upsertCollection(a.db, { slug: 'veterans', layout: 'portraits', title: { zh: '老兵影像展', en: 'Veteran photo exhibits' } }, 'bench');
  a.close();
  return dir;
}

async function searchOnce(dispatch: ReturnType<typeof createArchiveService>['dispatch'], i: number): Promise<number> {
  const t = performance.now();
  const r = await dispatch('search', { q: QUERIES[i % QUERIES.length], limit: 24 }, { sessionKey: 'bench', audience: 'visitor' });
  if (!r.ok) throw new Error(`search failed: ${r.error.message}`);
  return performance.now() - t;
}

export const importBench: Bench = {
  name: 'import',
  summary: 'bulk import (10,000 rows, 1,000 photos) in a worker while the kiosk searches: rows/s, photos/s, peak RSS, search p95 vs idle',
  async run(args) {
    const rows = arg(args, 'rows', 10_000);
    const photoCount = arg(args, 'photos', 1_000);
    const photoDir = await photos(photoCount);
    const csv = csvFile(rows, photoCount);

    // Baseline: the same exhibits written by a bare upsertExhibit loop, one transaction, no file, no photos.
    const baseDir = freshArchive('baseline');
    const base = openArchive(baseDir);
    const t0 = performance.now();
    base.db.transaction(() => {
      for (let i = 0; i < rows; i++) upsertExhibit(base.db, { uid: `b-${i}`, collection: 'veterans', name: `老兵${i}`, birthYear: 1925 + (i % 60), body: `第${i}位老兵的事迹。` }, 'bench');
    })();
    const baselineMs = performance.now() - t0;
    base.close();

    const dir = freshArchive('import');
    const service = createArchiveService(dir);
    try {
      const idle: number[] = [];
      for (let i = 0; i < 30; i++) await searchOnce(service.dispatch, i); // warm-up
      for (let i = 0; i < 300; i++) idle.push(await searchOnce(service.dispatch, i));

      const rss = peakRss();
      const phases = new Map<string, number>();
      const started = performance.now();
      let finished = false;
      const job = applyImport(service.archive, { source: { path: csv }, photos: { dir: photoDir }, collection: 'veterans' }, 'bench', {
        onProgress: (p) => {
          if (!phases.has(p.phase)) phases.set(p.phase, performance.now() - started);
        },
      }).finally(() => (finished = true));
      const during: { ms: number; phase: string }[] = [];
      for (let i = 0; !finished; i++) {
        const phase = [...phases.keys()].at(-1) ?? 'starting';
        during.push({ ms: await searchOnce(service.dispatch, i), phase });
        await new Promise((r) => setTimeout(r, 5));
      }
      const result = await job;
      const wall = performance.now() - started;
      const peak = rss.stop();

      const photosMs = (phases.get('backup') ?? wall) - (phases.get('photos') ?? 0);
      const writeMs = (phases.get('done') ?? wall) - (phases.get('writing') ?? phases.get('backup') ?? 0);
      const idleS = summary(idle);
      const duringS = summary(during.map((d) => d.ms));
      const writingS = summary(during.filter((d) => d.phase === 'writing' || d.phase === 'backup').map((d) => d.ms));
      console.log(`  imported ${result.counts.created} rows and ${result.photos.added} photos in ${(wall / 1000).toFixed(1)} s (${[...phases].map(([k, v]) => `${k} @${(v / 1000).toFixed(1)}s`).join(', ')})`);
      console.log(`  rows/s overall ${(rows / (wall / 1000)).toFixed(0)}; photos/s ${(photoCount / (photosMs / 1000)).toFixed(1)} (both derivatives, ${photoCount} × 2000×1500 JPEG)`);
      console.log(`  writing phase ${(writeMs / 1000).toFixed(1)} s = ${(rows / (writeMs / 1000)).toFixed(0)} rows/s; baseline bare upsertExhibit loop ${(baselineMs / 1000).toFixed(1)} s = ${(rows / (baselineMs / 1000)).toFixed(0)} rows/s; the import writes ${(baselineMs / writeMs).toFixed(1)}× faster than that loop (${(writeMs / baselineMs).toFixed(2)}× its time)`);
      console.log(`  peak RSS (kiosk + worker, one process) ${fmtMB(peak)}`);
      console.log(`  search idle      p50 ${fmtMs(idleS.p50)} ms  p95 ${fmtMs(idleS.p95)} ms  (n=${idleS.n})`);
      console.log(`  search importing p50 ${fmtMs(duringS.p50)} ms  p95 ${fmtMs(duringS.p95)} ms  (n=${duringS.n}); while writing p95 ${fmtMs(writingS.p95)} ms (n=${writingS.n})`);
      target('search p95 during import ≤ 2× idle', duringS.p95 <= 2 * idleS.p95, `${(duringS.p95 / idleS.p95).toFixed(2)}× idle`);
      const worst = during.reduce((m, d) => (d.ms > m.ms ? d : m), { ms: 0, phase: '' });
      target('search answered throughout the import (no stall over 250 ms)', duringS.max < 250, `max ${fmtMs(duringS.max)} ms, during "${worst.phase}"`);
    } finally {
      service.close();
    }
  },
};
