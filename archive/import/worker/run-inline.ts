import { openArchive } from '../../archive';
import { createBackupSync } from '../../backup/create';
import { pruneAutomaticBackups } from '../../backup/list';
import { restoreInline } from '../../backup/restore';
import { applyInline } from '../apply/apply';
import { buildPlan } from '../plan/plan';
import type { ImportProgress } from '../../api/contract/import-report';
import type { Job } from './job';

/** Runs one job on its own connection to the archive: in a worker thread, or inline for the CLI and tests. */
export async function runJobInline(job: Job, onProgress: (p: ImportProgress) => void = () => {}): Promise<unknown> {
  const archive = openArchive(job.root);
  try {
    switch (job.kind) {
      case 'plan':
        return (await buildPlan(archive, job.request, { onProgress })).report;
      case 'apply':
        return await applyInline(archive, job.request, job.actor, { ...job.options, onProgress });
      case 'restore':
        return restoreInline(archive, job.id, job.actor);
      case 'backup': {
        const info = createBackupSync(archive, job.request);
        if (job.request.reason !== 'manual') pruneAutomaticBackups(job.root);
        return info;
      }
    }
  } finally {
    archive.close();
  }
}
