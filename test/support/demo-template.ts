import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDemoArchive } from '../../archive/demo/build';
import { DB_FILE } from '../../archive/db/open';

/**
 * The demo archive is built once per test run into a template folder (keyed by the builder's inputs) and
 * copied for each test, so every test gets its own real archive without paying for the build each time.
 */
// Keyed when this module loads, together with the builder code it imported: a template is never filed under
// a newer source's key by a process still running older code.
const templateKey = sourceKey();

export async function demoArchiveCopy(target: string): Promise<string> {
  const template = path.join(os.tmpdir(), `hak-demo-template-${templateKey}`);
  if (!fs.existsSync(path.join(template, DB_FILE))) {
    const staging = `${template}.${process.pid}.tmp`;
    fs.rmSync(staging, { recursive: true, force: true });
    await buildDemoArchive(staging);
    try {
      fs.renameSync(staging, template);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another worker won the race
    }
  }
  fs.cpSync(template, target, { recursive: true });
  for (const f of ['-wal', '-shm']) fs.rmSync(path.join(target, DB_FILE + f), { force: true });
  return target;
}

/** A hash of everything the demo build reads, so a stale template is never reused after a change. */
function sourceKey(): string {
  const root = path.resolve(import.meta.dirname, '../../archive');
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        hash.update(path.relative(root, p));
        hash.update(fs.readFileSync(p));
      }
    }
  };
  walk(root);
  return hash.digest('hex').slice(0, 16);
}
