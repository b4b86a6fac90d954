import type { ImportOptions, ImportPlanReport, ImportResult } from '../api/contract';
import { applyImport, planImport, type ImportRequest } from '../import';
import type { Curation } from './curation';

export interface ImportFiles {
  sourceUpload: string;
  photoUploads: string[];
  options: ImportOptions;
}

/** The engine's request for files the curator uploaded: paths of staged files, names as the curator knows them. */
function requestFor(c: Curation, curatorId: number, f: ImportFiles): ImportRequest {
  const source = c.staging.get(curatorId, f.sourceUpload);
  const photos = f.photoUploads.map((id) => c.staging.get(curatorId, id));
  return {
    ...f.options,
    source: { path: source.file, name: source.name },
    ...(photos.length ? { photos: { files: photos.map((p) => ({ name: p.relativePath || p.name, path: p.file })) } } : {}),
  };
}

export function planFromUploads(c: Curation, curatorId: number, f: ImportFiles): Promise<ImportPlanReport> {
  return planImport(c.archive, requestFor(c, curatorId, f));
}

/** Applies, then lets go of the staged files: they are in the archive (or the backup) now. */
export async function applyFromUploads(c: Curation, curatorId: number, f: ImportFiles & { planId: string; skipRejected: boolean }, actor: string): Promise<ImportResult> {
  const result = await applyImport(c.archive, requestFor(c, curatorId, f), actor, { expectPlanId: f.planId, skipRejected: f.skipRejected });
  for (const id of [f.sourceUpload, ...f.photoUploads]) c.staging.discard(curatorId, id);
  return result;
}
