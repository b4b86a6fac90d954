// Run by the search bench in a fresh Node process: the memory a process needs to hold the search index of
// an archive, without the bench harness's own modules (sharp and the other benches) in the figure.
import v8 from 'node:v8';
import vm from 'node:vm';
import { openArchive } from '../archive/archive';
import { searchEngineFor } from '../archive/search/engine';
import type { CleanRss } from './search-memory';
import { peakRss } from './stats';

const dir = process.argv[2];
if (!dir) throw new Error('usage: search-rss.ts <archive dir>');
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const archive = openArchive(dir, { readonly: true });
gc();
const before = process.memoryUsage.rss();
const peak = peakRss();
const t = performance.now();
const engine = searchEngineFor(archive.db);
const buildMs = performance.now() - t;
const right = process.memoryUsage.rss();
gc();
await new Promise((r) => setTimeout(r, 1000));
const m = process.memoryUsage();
const out: CleanRss = {
  exhibits: engine.index.size,
  buildMs,
  before,
  peak: peak.stop(),
  peakFrom: peak.from,
  right,
  settled: m.rss,
  heapUsed: m.heapUsed,
  heapTotal: m.heapTotal,
  arrayBuffers: m.arrayBuffers,
};
console.log(JSON.stringify(out));
archive.close();
