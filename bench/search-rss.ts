// Run by the search bench in a fresh Node process: the memory a process needs to hold the search index of
// an archive, without the bench harness's own modules (sharp and the other benches) in the figure.
import v8 from 'node:v8';
import vm from 'node:vm';
import { openArchive } from '../archive/archive';
import { searchEngineFor } from '../archive/search/engine';

const dir = process.argv[2];
if (!dir) throw new Error('usage: search-rss.ts <archive dir>');
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const archive = openArchive(dir, { readonly: true });
gc();
const before = process.memoryUsage.rss();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
const engine = searchEngineFor(archive.db);
const right = process.memoryUsage.rss();
peak = Math.max(peak, right);
gc();
await new Promise((r) => setTimeout(r, 1000));
clearInterval(sampler);
console.log(JSON.stringify({ exhibits: engine.index.size, before, right, settled: process.memoryUsage.rss(), peak }));
archive.close();
