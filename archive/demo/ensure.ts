import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE } from '../db/open';
import { buildDemoArchive } from './build';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes half-built demo folders left beside `root` by a first run that was killed (its process is gone). */
function sweepAbandonedBuilds(root: string): void {
  const parent = path.dirname(root);
  if (!fs.existsSync(parent)) return;
  const prefix = `${path.basename(root)}.building-`;
  for (const name of fs.readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && pid > 0 && (pid === process.pid || !isRunning(pid))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Makes sure `dir` holds an archive, building the demo archive there on first run. The demo is built in a
 * sibling folder and renamed into place, so an interrupted first run never leaves half an archive behind.
 */
export async function ensureArchive(dir: string, log: (line: string) => void = () => {}): Promise<'existing' | 'built'> {
  const root = path.resolve(dir);
  if (fs.existsSync(path.join(root, DB_FILE))) return 'existing';
  if (fs.existsSync(root) && fs.readdirSync(root).length > 0) {
    throw new Error(`${root} exists but holds no archive (${DB_FILE} is missing). Point --archive at an archive folder or an empty folder.`);
  }
  sweepAbandonedBuilds(root);
  const staging = `${root}.building-${process.pid}`;
  log(`Building the demo archive in ${root} (first run only)…`);
  const t0 = Date.now();
  let reported = 0;
  await buildDemoArchive(staging, {
    onProgress: (done, total) => {
      // A line at each quarter: the first run takes a few seconds and should not look stuck.
      const quarter = Math.floor((done / total) * 4);
      if (quarter > reported && done < total) {
        reported = quarter;
        log(`  drawing the sample pictures: ${done}/${total}`);
      }
    },
  });
  fs.mkdirSync(path.dirname(root), { recursive: true });
  fs.rmSync(root, { recursive: true, force: true });
  fs.renameSync(staging, root);
  log(`Demo archive ready in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
  return 'built';
}
