// What the import engine reports: the dry-run plan, the result of applying it, and the backups it takes.
// Pure zod, JSON-serialisable, so the curator workspace can show these screens over any transport.
import { z } from 'zod';

export const ImportFormat = z.enum(['csv', 'xlsx', 'json', 'jsonl']);
export type ImportFormat = z.infer<typeof ImportFormat>;

/**
 * Options a curator chooses for an import; the file itself travels separately (a staged upload or a path).
 * `mapping` is column header → field ("作者" → "name"); a field is a native ExhibitInput field name, a
 * translation such as "name.en", "tags", "photos", "photoCaption", "photoAlt", "photoCredit" or "ignore".
 */
export const ImportOptions = z
  .object({
    format: ImportFormat.optional(),
    mapping: z.record(z.string().max(200), z.string().max(60)).optional(),
    /** Slug of the collection rows go to when they do not name one themselves. */
    collection: z.string().max(100).optional(),
    status: z.enum(['draft', 'published']).optional(),
    /** XLSX: the worksheet to read (by name); the first sheet with data otherwise. */
    sheet: z.string().max(100).optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ProblemSeverity = z.enum(['error', 'warning', 'info']);

/** One thing wrong (or worth knowing) about the file or a row; errors reject the row. */
export const ImportProblem = z.object({
  severity: ProblemSeverity,
  /** Stable code the UI can switch on (e.g. DATE_AMBIGUOUS, PHOTO_MISSING, ROW_TOO_LONG). */
  code: z.string(),
  /** Line in the file (CSV/JSONL), row number in the sheet (XLSX) or item number (JSON array); null for the whole file. */
  line: z.number().int().nullable(),
  /** The column header as written in the file, when the problem is in one cell. */
  column: z.string().nullable(),
  /** The exhibit field the column feeds, when known. */
  field: z.string().nullable(),
  /** The offending value, shortened. */
  value: z.string().nullable(),
  message: z.string(),
  /** What to do about it, in words a curator can act on. */
  suggestion: z.string().nullable(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const RowAction = z.enum(['new', 'update', 'unchanged', 'rejected']);
export type RowAction = z.infer<typeof RowAction>;

export const PhotoStatus = z.enum(['matched', 'missing', 'refused']);

export const PhotoOutcome = z.object({
  line: z.number().int(),
  /** The name written in the row (or the row's name when photos were matched by name). */
  reference: z.string(),
  /** The file it matched, relative to the photo folder. */
  file: z.string().nullable(),
  status: PhotoStatus,
  sha256: z.string().nullable(),
  /** ArchiveError code of a refused photo (MEDIA_CORRUPT, MEDIA_SVG, MEDIA_TOO_LARGE ...). */
  code: z.string().nullable(),
  reason: z.string().nullable(),
  /** True when an identical photo is already in the archive (it is reused, not stored twice). */
  inArchive: z.boolean(),
});
export type PhotoOutcome = z.infer<typeof PhotoOutcome>;

export const RowSummary = z.object({
  line: z.number().int(),
  uid: z.string().nullable(),
  /** The name or title, for the curator to recognise the row. */
  label: z.string(),
  action: RowAction,
  /** The exhibit this row updates (update / unchanged). */
  exhibitId: z.number().int().nullable(),
  photos: z.number().int().nonnegative(),
  /** For updates: the fields the row changes (the rest of the exhibit is kept as it is). */
  changed: z.array(z.string()),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});
export type RowSummary = z.infer<typeof RowSummary>;

export const ColumnMapping = z.object({
  header: z.string(),
  /** The field it feeds, or null when the column is not imported. */
  field: z.string().nullable(),
  /** How the mapping was decided. */
  by: z.enum(['name', 'mapping', 'unknown', 'ignored']),
});

export const DuplicateReport = z.object({
  /** The same record twice in the file (same uid, or the same person by name, birth year and hometown). */
  inFile: z.array(z.object({ key: z.string(), label: z.string(), lines: z.array(z.number().int()) })),
  /** Rows that match an exhibit already in the archive. */
  inArchive: z.array(
    z.object({ line: z.number().int(), exhibitId: z.number().int(), uid: z.string(), label: z.string(), by: z.enum(['uid', 'person']) }),
  ),
  /** The same photo (by content hash) named by several rows, or under several file names. */
  photos: z.array(z.object({ sha256: z.string(), files: z.array(z.string()), lines: z.array(z.number().int()) })),
});
export type DuplicateReport = z.infer<typeof DuplicateReport>;

export const ImportCounts = z.object({
  rows: z.number().int().nonnegative(),
  new: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** The dry run: everything applying would do, touching nothing a visitor or curator can see. */
export const ImportPlanReport = z.object({
  source: z.object({
    name: z.string(),
    bytes: z.number().int().nonnegative(),
    format: ImportFormat,
    /** CSV only: the encoding read ('utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'). */
    encoding: z.string().nullable(),
    /** CSV only: the separator found (',', ';', '\t', '|'). */
    delimiter: z.string().nullable(),
    /** XLSX only: the worksheet read. */
    sheet: z.string().nullable(),
    /** Line of the header row (title lines above it are skipped). */
    headerLine: z.number().int().nullable(),
  }),
  /** Fingerprint of the file and options: applying a different file or options under the same screen is refused. */
  planId: z.string(),
  columns: z.array(ColumnMapping),
  /** Collection rows go to when they name none, and whether the import creates it. */
  collection: z.object({ slug: z.string(), created: z.boolean() }).nullable(),
  counts: ImportCounts,
  /** True when any row or the file has an error: applying then needs `skipRejected`, or is impossible when `fatal`. */
  blocking: z.boolean(),
  /** True when the file itself cannot be imported (unreadable, unclosed quote, no header ...). */
  fatal: z.boolean(),
  problems: z.array(ImportProblem),
  /** How many problems were left out of `problems` to keep the report small. */
  problemsOmitted: z.number().int().nonnegative(),
  rows: z.array(RowSummary),
  rowsOmitted: z.number().int().nonnegative(),
  duplicates: DuplicateReport,
  photos: z.object({
    matched: z.number().int().nonnegative(),
    missing: z.number().int().nonnegative(),
    refused: z.number().int().nonnegative(),
    /** Files in the photo folder no row used. */
    unused: z.array(z.string()),
    list: z.array(PhotoOutcome),
    listOmitted: z.number().int().nonnegative(),
  }),
});
export type ImportPlanReport = z.infer<typeof ImportPlanReport>;

export const BackupReason = z.enum(['manual', 'before-import', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReason>;

/** A copy of the database taken at one moment; media files are content-addressed and never removed. */
export const BackupInfo = z.object({
  id: z.string().regex(/^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$/),
  createdAt: z.string(),
  reason: BackupReason,
  actor: z.string(),
  label: z.string(),
  bytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  exhibits: z.number().int().nonnegative(),
  media: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const ImportResult = z.object({
  planId: z.string(),
  /** The backup taken just before the import: restoring it undoes the whole import. */
  backup: BackupInfo,
  counts: z.object({
    created: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
    /** Rejected rows left out because the curator chose to skip them. */
    skipped: z.number().int().nonnegative(),
  }),
  photos: z.object({ added: z.number().int().nonnegative(), reused: z.number().int().nonnegative() }),
  collectionCreated: z.string().nullable(),
  /** The audit-log entry that records the import as a whole. */
  auditId: z.number().int(),
  durationMs: z.number().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const RestoreResult = z.object({
  restored: BackupInfo,
  /** Taken just before restoring, so the restore itself can be undone. */
  safetyBackup: BackupInfo,
  auditId: z.number().int(),
  /** Rows changed per table to bring the archive back. */
  changes: z.record(z.string(), z.number().int().nonnegative()),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

/** Progress of a long import, for a progress bar. */
export const ImportProgress = z.object({
  phase: z.enum(['reading', 'photos', 'backup', 'writing', 'done']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
