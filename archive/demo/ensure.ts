import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE } from '../db/open';
import { buildDemoArchive } from './build';

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
  const staging = `${root}.building-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  log(`Building the demo archive in ${root} (first run only)…`);
  const t0 = Date.now();
  await buildDemoArchive(staging);
  fs.mkdirSync(path.dirname(root), { recursive: true });
  fs.rmSync(root, { recursive: true, force: true });
  fs.renameSync(staging, root);
  log(`Demo archive ready in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
  return 'built';
}
