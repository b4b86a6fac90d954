import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportProgress } from '../../api/contract/import-report';
import { ArchiveError } from '../../errors';
import { importError } from '../messages';
import type { Job, WorkerMessage } from './job';

/** tsx's ESM loader API, by absolute URL so the worker finds it whatever the working directory. */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(pkgFile), pkg.exports['./esm/api']!.import.default)).href;
}

/**
 * The worker's code. From source (tsx, vitest) it is entry.ts: on Node 20 `execArgv: ['--import', 'tsx']`
 * does not reach a worker's own module loader ("Unknown file extension .ts"), so a two-line bootstrap
 * registers tsx inside the worker and then imports the entry. In the Electron build electron-vite emits the
 * entry as `import-worker.js` beside the main bundle (see electron.vite.config.ts).
 */
export function workerEntry(): { code: string | URL; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const entry = new URL('./entry.ts', import.meta.url).href;
    return { code: `import(${JSON.stringify(tsxApiUrl())}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
  }
  const dir = path.dirname(here);
  const beside = path.basename(dir) === 'chunks' ? path.dirname(dir) : dir;
  return { code: pathToFileURL(path.join(beside, 'import-worker.js')), eval: false };
}

/** Long jobs on one archive run one at a time: a second import while one writes would only wait and fail. */
const running = new Map<string, string>();

export function runJob<T>(job: Job, onProgress?: (p: ImportProgress) => void): Promise<T> {
  const exclusive = job.kind !== 'plan';
  if (exclusive && running.has(job.root)) {
    return Promise.reject(importError('ARCHIVE_BUSY.job', `Another ${running.get(job.root)} is running on this archive; wait for it to finish.`, { job: running.get(job.root)! }));
  }
  if (exclusive) running.set(job.root, job.kind === 'restore' ? 'restore' : job.kind === 'backup' ? 'backup' : 'import');
  const entry = workerEntry();
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const worker = new Worker(entry.code, { workerData: job, eval: entry.eval });
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      if (exclusive) running.delete(job.root);
      fn();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'done') settle(() => resolve(m.value as T));
      else settle(() => reject(m.error.code === 'INTERNAL' ? Object.assign(new Error(m.error.message), { stack: m.error.stack }) : new ArchiveError(m.error.code, m.error.message, m.error.details)));
    });
    worker.on('error', (e) => settle(() => reject(e)));
    worker.on('exit', (code) => settle(() => reject(importError('WORKER_STOPPED', `The ${job.kind} job stopped unexpectedly (exit code ${code}); nothing was changed.`, { job: job.kind, exit: code }))));
  });
}
