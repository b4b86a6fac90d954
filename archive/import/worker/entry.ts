// The worker thread's entry: runs one job on its own SQLite connection and reports back, so the process that
// serves the kiosk keeps answering searches while an import or a restore writes.
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { isArchiveError } from '../../errors';
import { importTuning } from '../limits';
import type { Job, WorkerMessage } from './job';
import { runJobInline } from './run-inline';

const port = parentPort!;
// libvips otherwise starts a thread per core for every image: on a two-core kiosk that leaves nothing for the
// thread answering visitors. One photo at a time on one thread keeps a core free for the kiosk.
sharp.concurrency(1);
importTuning.photoConcurrency = 1;
const send = (m: WorkerMessage) => port.postMessage(m);

runJobInline(workerData as Job, (progress) => send({ type: 'progress', progress })).then(
  (value) => send({ type: 'done', value }),
  (e: unknown) => {
    const err = e as Error & { details?: Record<string, unknown> };
    send({
      type: 'error',
      error: isArchiveError(e)
        ? { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) }
        : { code: 'INTERNAL', message: err?.message ?? String(e), stack: err?.stack },
    });
  },
);
