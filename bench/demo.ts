// `npm run bench -- demo`: building the embedded demo archive (drawing every picture and storing it through
// the media pipeline), with a one-picture-at-a-time build measured in the same run as the baseline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDemoArchive } from '../archive/demo/build';
import type { Bench } from './registry';
import { fmtMB, peakRss, target } from './stats';
import { intFlag } from './support/args';

async function timedBuild(concurrency: number): Promise<{ seconds: number; peak: number; media: number; cpuSeconds: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hak-bench-demo-'));
  const rss = peakRss();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const r = await buildDemoArchive(path.join(dir, 'demo'), { concurrency });
    const cpu = process.cpuUsage(cpu0);
    return { seconds: (performance.now() - t0) / 1000, peak: rss.stop(), media: r.media, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const demoBench: Bench = {
  name: 'demo',
  summary: 'demo archive build: wall time and peak RSS (pool vs one picture at a time)',
  async run(args) {
    const concurrency = intFlag(args, 'concurrency', Math.max(1, Math.min(4, os.availableParallelism())));
    console.log(`  ${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start`);
    const base = await timedBuild(1);
    console.log(`  baseline (one picture at a time): ${base.seconds.toFixed(1)} s, CPU ${base.cpuSeconds.toFixed(1)} s, ${base.media} pictures, peak RSS ${fmtMB(base.peak)}`);
    const run = await timedBuild(concurrency);
    console.log(`  build (pool of ${concurrency}): ${run.seconds.toFixed(1)} s, CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${fmtMB(run.peak)}`);
    console.log(`  ratio to baseline: ${(base.seconds / run.seconds).toFixed(2)}× faster`);
    target('demo build in under 10 s on 2 cores', run.seconds < 10, `${run.seconds.toFixed(1)} s`);
  },
};
