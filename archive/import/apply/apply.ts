// Applying a plan: one write transaction, after a backup of exactly the state it starts from. Any failure (a
// bad row the dry run could not foresee, a full disk, a killed process) leaves the archive as it was: SQLite
// rolls the transaction back, and photo files already in the store stay unreferenced.
import type { ImportResult } from '../../api/contract/import-report';
import type { Archive } from '../../archive';
import { recordChange } from '../../audit/log';
import { backupThenLock, deleteBackupFiles } from '../../backup/create';
import { pruneAutomaticBackups } from '../../backup/list';
import { upsertCollection } from '../../content/collection-write';
import { upsertExhibit } from '../../content/exhibit-write';
import { isArchiveError } from '../../errors';
import { importError } from '../messages';
import { registerMedia } from '../../media/register';
import { IMPORTED_COLLECTION } from '../plan/collections';
import { assertApplicable, buildPlan, type Plan } from '../plan/plan';
import type { ApplyOptions, ImportRequest } from '../request';
import { withStatementCache } from '../../db/statement-cache';

export async function applyInline(archive: Archive, request: ImportRequest, actor: string, options: ApplyOptions = {}): Promise<ImportResult> {
  const started = performance.now();
  const plan = await buildPlan(archive, request, options);
  return applyPlan(archive, plan, actor, options, started);
}

/** Writes a plan made moments ago on the same connection (the CLI prints the dry run, then applies it). */
export function applyPlan(archive: Archive, plan: Plan, actor: string, options: ApplyOptions = {}, started = performance.now()): ImportResult {
  const progress = options.onProgress ?? (() => {});
  const { report } = plan;
  if (options.expectPlanId && options.expectPlanId !== report.planId) {
    throw importError('IMPORT_CHANGED', `${report.source.name}: the file, the photos or the options changed since the dry run. Run the dry run again and check it before importing.`, { file: report.source.name }, { planId: report.planId });
  }
  assertApplicable(plan, options.skipRejected === true);

  const { db, root } = archive;
  const writes = plan.rows.filter((r) => r.input && (r.action === 'new' || r.action === 'update'));
  const hashes = new Set(writes.flatMap((r) => r.photoHashes));
  progress({ phase: 'backup', done: 0, total: 1 });
  const backup = backupThenLock(archive, { reason: 'before-import', params: { file: report.source.name }, actor, label: `before importing ${report.source.name}` });
  const counts = { created: 0, updated: 0, unchanged: 0, skipped: report.counts.rejected };
  const cached = withStatementCache(db);
  const photos = { added: 0, reused: 0 };
  let auditId: number;
  try {
    if (plan.collection?.created) {
      const slug = plan.collection.slug;
      upsertCollection(cached, slug === IMPORTED_COLLECTION.slug ? IMPORTED_COLLECTION : { slug, title: { zh: slug } }, actor);
    }
    for (const sha of hashes) {
      const prepared = plan.prepared.get(sha)!;
      if (registerMedia(cached, prepared, {}, actor) === 'created') photos.added++;
      else photos.reused++;
    }
    writes.forEach((row, i) => {
      let outcome;
      try {
        outcome = upsertExhibit(cached, row.input!, actor).outcome;
      } catch (e) {
        const msg = isArchiveError(e) ? e.message : (e as Error).message.split('\n')[0];
        throw importError('IMPORT_FAILED.row', `The import stopped at ${report.source.format === 'xlsx' ? 'row' : report.source.format === 'json' ? 'item' : 'line'} ${row.draft.line} ("${row.draft.label}") and nothing was changed: ${msg}`, { line: row.draft.line, label: row.draft.label, error: msg ?? '' }, { line: row.draft.line });
      }
      if (outcome === 'created') counts.created++;
      else if (outcome === 'updated') counts.updated++;
      else counts.unchanged++;
      if ((i + 1) % 250 === 0) progress({ phase: 'writing', done: i + 1, total: writes.length });
    });
    counts.unchanged += report.counts.unchanged;
    auditId = recordChange(db, {
      actor,
      action: 'import.apply',
      entity: 'import',
      entityId: report.planId,
      before: null,
      after: { file: report.source.name, format: report.source.format, backup: backup.id, counts, photos, collection: plan.collection },
    });
    db.exec('COMMIT');
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    deleteBackupFiles(root, backup.id);
    if (isArchiveError(e)) throw e;
    throw importError('IMPORT_FAILED', `The import of ${report.source.name} failed and nothing was changed: ${(e as Error).message.split('\n')[0]}`, { file: report.source.name, error: (e as Error).message.split('\n')[0] ?? '' });
  }
  pruneAutomaticBackups(root);
  progress({ phase: 'done', done: writes.length, total: writes.length });
  return {
    planId: report.planId,
    backup,
    counts,
    photos,
    collectionCreated: plan.collection?.created ? plan.collection.slug : null,
    auditId,
    durationMs: performance.now() - started,
  };
}
