// The bulk import the search bench runs beside the kiosk: its own connection in a worker thread, writing
// synthetic exhibits through upsertExhibit a batch per transaction, as an import would.
import { parentPort, workerData } from 'node:worker_threads';
import { openArchive } from '../archive/archive';
import { writeSynthetic } from './search-data';

const { dir, from, to, batch, prefix } = workerData as { dir: string; from: number; to: number; batch: number; prefix: string };
const archive = openArchive(dir);
try {
  const t = performance.now();
  writeSynthetic(archive.db, from, to, prefix, batch);
  parentPort?.postMessage({ done: true, ms: performance.now() - t });
} finally {
  archive.close();
}
