// `npm run bench -- media [--count N] [--baseline N] [--concurrency N]`: importing generated 3000×2000 JPEGs
// through prepareMedia + registerMedia, against a naive sequential pipeline measured in the same run.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { openArchive } from '../archive/archive';
import { writeFileAtomic } from '../archive/media/atomic-write';
import { MEDIA_LIMITS, prepareConcurrency } from '../archive/media/limits';
import { mediaFilePath, tempDir } from '../archive/media/paths';
import { mapPool } from '../archive/media/pool';
import { prepareMedia, type PreparedMedia } from '../archive/media/prepare';
import { registerMedia } from '../archive/media/register';
import { sniffRaster } from '../archive/media/sniff';
import type { Bench } from './registry';
import { fmtMB, peakRss, target } from './stats';
import { intFlag } from './support/args';
import { benchPhotos } from './support/photo-cache';

const TARGET_PER_SECOND = 15;

/** What a first version would do: one photo at a time, a full decode per derivative, default WebP effort. */
async function naivePrepare(root: string, file: string): Promise<PreparedMedia> {
  const bytes = fs.readFileSync(file);
  const ext = sniffRaster(bytes, file);
  const meta = await sharp(bytes).metadata();
  const derive = (size: number) => sharp(bytes).rotate().resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
  const screen = await derive(MEDIA_LIMITS.screenSize);
  const thumb = await derive(MEDIA_LIMITS.thumbSize);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  writeFileAtomic(tempDir(root), mediaFilePath(root, sha256, 'original', ext), bytes);
  writeFileAtomic(tempDir(root), mediaFilePath(root, sha256, 'screen', 'webp'), screen.data);
  writeFileAtomic(tempDir(root), mediaFilePath(root, sha256, 'thumb', 'webp'), thumb.data);
  const d = (variant: 'thumb' | 'screen', r: typeof screen) => ({ variant, mime: 'image/webp' as const, width: r.info.width, height: r.info.height, bytes: r.data.length });
  return { sha256, ext, mime: 'image/jpeg', bytes: bytes.length, width: meta.width!, height: meta.height!, originalName: path.basename(file), derivatives: [d('thumb', thumb), d('screen', screen)] };
}

interface Run {
  seconds: number;
  perSecond: number;
  peak: number;
  /** CPU time of the whole process (libvips threads included) per photo: what the wall time is made of. */
  cpuMsPerPhoto: number;
  /** What was stored: each derivative's sizes and its mean file size, so a speed-up is never bought unseen. */
  derivatives: string;
}

function describeDerivatives(prepared: readonly PreparedMedia[]): string {
  return (['screen', 'thumb'] as const)
    .map((variant) => {
      const ds = prepared.flatMap((p) => p.derivatives.filter((d) => d.variant === variant));
      const dims = [...new Set(ds.map((d) => `${d.width}×${d.height}`))].join('/');
      return `${variant} ${dims} avg ${(ds.reduce((a, d) => a + d.bytes, 0) / ds.length / 1024).toFixed(0)} KB`;
    })
    .join(', ');
}

async function ingest(files: readonly string[], concurrency: number, prepare: (root: string, file: string) => Promise<PreparedMedia>): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hak-bench-media-'));
  const archive = openArchive(dir, { create: true });
  const rss = peakRss();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const prepared = await mapPool(files, concurrency, (file) => prepare(archive.root, file));
    // Rows go in as an import would write them: in transactions, after the files are safely stored.
    for (let i = 0; i < prepared.length; i += 200) {
      archive.db.transaction(() => {
        for (const p of prepared.slice(i, i + 200)) registerMedia(archive.db, p, { credit: 'bench' }, 'bench');
      })();
    }
    const seconds = (performance.now() - t0) / 1000;
    const stored = (archive.db.prepare('SELECT count(*) AS n FROM media').get() as { n: number }).n;
    if (stored !== files.length) throw new Error(`expected ${files.length} media rows, found ${stored}`);
    const cpu = process.cpuUsage(cpu0);
    return { seconds, perSecond: files.length / seconds, peak: rss.stop(), cpuMsPerPhoto: (cpu.user + cpu.system) / 1000 / files.length, derivatives: describeDerivatives(prepared) };
  } finally {
    archive.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const mediaBench: Bench = {
  name: 'media',
  summary: 'import of generated 3000×2000 JPEGs with both derivatives (tuned pool vs naive sequential)',
  async run(args) {
    const count = intFlag(args, 'count', 1000);
    const baselineCount = intFlag(args, 'baseline', Math.min(count, 100));
    const concurrency = intFlag(args, 'concurrency', prepareConcurrency());
    const files = await benchPhotos(Math.max(count, baselineCount), (l) => console.log(l));
    const mb = files.slice(0, count).reduce((a, f) => a + fs.statSync(f).size, 0);
    const cores = os.availableParallelism();
    console.log(`  ${count} photos, ${fmtMB(mb)}; ${cores} cores (load average ${os.loadavg()[0]!.toFixed(1)} at start); pool of ${concurrency}, sharp threads per image ${sharp.concurrency()}`);
    const line = (label: string, r: Run) =>
      console.log(`  ${label}: ${r.seconds.toFixed(1)} s, ${r.perSecond.toFixed(1)} photos/s, CPU ${r.cpuMsPerPhoto.toFixed(0)} ms/photo, peak RSS ${fmtMB(r.peak)}\n    stored: ${r.derivatives}`);

    const base = await ingest(files.slice(0, baselineCount), 1, (root, file) => naivePrepare(root, file));
    line(`baseline (naive, sequential, ${baselineCount} photos)`, base);
    const tuned = await ingest(files.slice(0, count), concurrency, (root, file) => prepareMedia(root, file, path.basename(file), path.basename(file)));
    line(`prepareMedia, pool of ${concurrency} (${count} photos)`, tuned);
    console.log(`  ratio to baseline: ${(tuned.perSecond / base.perSecond).toFixed(2)}× the photos per second, ${(base.cpuMsPerPhoto / tuned.cpuMsPerPhoto).toFixed(2)}× less CPU per photo`);
    // Other work on a shared machine slows the wall clock, not the CPU a photo needs: say what idle cores would do.
    console.log(`  capacity on ${cores} idle cores: ≈ ${((1000 / tuned.cpuMsPerPhoto) * Math.min(cores, concurrency)).toFixed(1)} photos/s`);
    target(`≥ ${TARGET_PER_SECOND} photos/s with both derivatives`, tuned.perSecond >= TARGET_PER_SECOND, `${tuned.perSecond.toFixed(1)} photos/s`);
  },
};
