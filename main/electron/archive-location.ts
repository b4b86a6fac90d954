import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE } from '../../archive/db/open';
import { ensureArchive } from '../../archive/demo/ensure';

export type Provisioned = 'existing' | 'copied-demo' | 'built-demo';

/**
 * Makes sure `target` holds an archive. On first run the demo archive shipped with the app (extraResources)
 * is copied there; without one (a development checkout) it is built. The copy goes to a sibling folder first
 * and is renamed into place, so a power cut during the first run never leaves half an archive.
 */
export async function provisionArchive(target: string, bundledDemo: string | null, log: (line: string) => void = () => {}): Promise<Provisioned> {
  const root = path.resolve(target);
  if (fs.existsSync(path.join(root, DB_FILE))) return 'existing';
  if (bundledDemo && fs.existsSync(path.join(bundledDemo, DB_FILE))) {
    if (fs.existsSync(root) && fs.readdirSync(root).length > 0) {
      throw new Error(`${root} exists but holds no archive (${DB_FILE} is missing). Point --archive at an archive folder or an empty folder.`);
    }
    const staging = `${root}.copying-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    log(`Copying the demo archive to ${root} (first run only)…`);
    fs.cpSync(bundledDemo, staging, { recursive: true, dereference: false, verbatimSymlinks: true });
    fs.mkdirSync(path.dirname(root), { recursive: true });
    fs.rmSync(root, { recursive: true, force: true });
    fs.renameSync(staging, root);
    return 'copied-demo';
  }
  await ensureArchive(root, log);
  return 'built-demo';
}
