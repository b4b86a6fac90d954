// The import engine's public API. planImport is the dry run; applyImport writes it in one transaction after a
// backup. Both run in a worker thread with its own SQLite connection unless `inline` is set, so a kiosk
// serving visitors from the same process keeps answering while thousands of rows are read and written.
//
//   const report = await planImport(archive, { source: { path: 'veterans.csv' }, photos: { dir: 'scans' }, collection: 'veterans' });
//   if (!report.blocking) await applyImport(archive, request, 'curator:王芳', { expectPlanId: report.planId });
//
// Results are JSON (schemas in archive/api/contract/import-report.ts); failures are ArchiveErrors whose
// messages name the file, the line and the field.
import type { ImportPlanReport, ImportResult } from '../api/contract/import-report';
import type { Archive } from '../archive';
import { applyInline } from './apply/apply';
import { buildPlan } from './plan/plan';
import type { ApplyOptions, ImportRequest, ImportRunOptions } from './request';
import { runJob } from './worker/run-job';

export type { ApplyOptions, ImportRequest, ImportRunOptions, ImportSource, PhotoSource } from './request';
export { parseMapOption, parseMappingFile } from './mapping/parse-map-option';
export { neutraliseForExport, looksLikeFormula } from './normalise/formula';
export { parseDate, parseYear } from './normalise/date';
export { IMPORT_LIMITS } from './limits';

/** For the CLI: the dry run and its apply on one connection, without reading the file twice. */
export { buildPlan } from './plan/plan';
export { applyPlan } from './apply/apply';

export async function planImport(archive: Archive, request: ImportRequest, options: ImportRunOptions = {}): Promise<ImportPlanReport> {
  if (options.inline) return (await buildPlan(archive, request, options)).report;
  return runJob<ImportPlanReport>({ kind: 'plan', root: archive.root, request }, options.onProgress);
}

export async function applyImport(archive: Archive, request: ImportRequest, actor: string, options: ApplyOptions = {}): Promise<ImportResult> {
  if (options.inline) return applyInline(archive, request, actor, options);
  const { onProgress, inline: _inline, ...rest } = options;
  return runJob<ImportResult>({ kind: 'apply', root: archive.root, request, actor, options: rest }, onProgress);
}
