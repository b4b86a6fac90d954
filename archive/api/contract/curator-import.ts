import { z } from 'zod';
import { defineMethod } from './define';
import { BackupInfo, ImportOptions, ImportPlanReport, ImportResult, RestoreResult } from './import-report';

const UploadId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'an upload id');

/** The spreadsheet and the photos travel as staged uploads (see uploadBegin); only their ids come here. */
const ImportFiles = z.object({
  sourceUpload: UploadId,
  photoUploads: z.array(UploadId).max(20_000).default([]),
  options: ImportOptions.default({}),
});

export const curatorImportMethods = {
  /** The dry run: a report per row, counts and duplicates; nothing visible changes. */
  planImport: defineMethod({ access: 'curator', input: ImportFiles.strict(), output: ImportPlanReport }),
  /** Applies the plan the curator saw (same planId) in one transaction, after a backup listed for one-click restore. */
  applyImport: defineMethod({
    access: 'curator',
    input: ImportFiles.extend({ planId: z.string().min(1).max(200), skipRejected: z.boolean().default(false) }).strict(),
    output: ImportResult,
  }),
  listBackups: defineMethod({ access: 'curator', input: z.object({}).strict(), output: z.object({ backups: z.array(BackupInfo) }) }),
  createBackup: defineMethod({ access: 'curator', input: z.object({ label: z.string().max(200).default('') }).strict(), output: BackupInfo }),
  /** Brings the archive's content back to a backup (the present state is backed up first; logged). */
  restoreBackup: defineMethod({ access: 'curator', input: z.object({ id: BackupInfo.shape.id }).strict(), output: RestoreResult }),
} as const;
