// Run by kill.test.ts as its own process: applies an import and prints each progress step, so the test can
// SIGKILL it at chosen moments (before, during the photos, the backup, and inside the write transaction).
import { openArchive } from '../../../archive/archive';
import { applyImport } from '../../../archive/import';

const [dir, csv, photos] = process.argv.slice(2) as [string, string, string];
const archive = openArchive(dir);
const t0 = performance.now();
const say = (s: string) => process.stdout.write(`${s} ${Math.round(performance.now() - t0)}\n`);
say('start 0 0');
await applyImport(archive, { source: { path: csv }, photos: { dir: photos }, collection: 'veterans' }, 'kill-test', {
  inline: true,
  onProgress: (p) => say(`${p.phase} ${p.done} ${p.total}`),
});
say('committed 0 0');
archive.close();
