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

/**
 * Values a curator-facing text is filled with ({ line: 12, value: "1950年10月?" }). Lists stay lists so each
 * language joins them its own way. Produced next to the English `message`, which the CLI prints.
 */
export const MessageParams = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]));
export type MessageParams = z.infer<typeof MessageParams>;

/**
 * Every text an import problem can carry, as `CODE` or `CODE.detail` (one code may cover several cases: a
 * date can be ambiguous, out of range, unreadable ...). The producers can only emit these keys (see
 * archive/import/source/table.ts), and the workspace has a Chinese and an English text for each.
 */
export const IMPORT_PROBLEM_KEYS = [
  // The file as a whole.
  'IMPORT_EMPTY',
  'IMPORT_EMPTY.no-rows',
  'IMPORT_EMPTY.sheet',
  'IMPORT_TOO_MANY_ROWS',
  'IMPORT_TOO_WIDE',
  'JSON_NOT_OBJECT',
  'JSON_SYNTAX',
  'JSON_SYNTAX.at',
  'JSON_SYNTAX.line',
  'JSON_NOT_LIST',
  'CSV_UNCLOSED_QUOTE',
  'TITLE_ROWS_SKIPPED',
  'ROW_TOO_LONG',
  'ROW_TOO_LONG.comma',
  'ROW_TOO_SHORT',
  'QUOTE_SWALLOWED_ROWS',
  'XLSX_FORMULA_NO_VALUE',
  'XLSX_ERROR_CELL',
  // Columns and choices.
  'COLUMN_UNKNOWN',
  'COLUMN_REPEATED',
  'NO_NAME_COLUMN',
  'PHOTOS_NOT_GIVEN',
  'COLLECTION_UNKNOWN',
  'COLLECTION_MISSING',
  'COLLECTION_MISSING.row',
  // Cells.
  'FORMULA_TEXT',
  'TRANSLATION_WITHOUT_CHINESE',
  'BAD_STATUS',
  'BAD_HIDDEN',
  'BAD_SAMPLE',
  'BAD_SORTORDER',
  'BAD_KIND',
  'DATE_NOTE.approx',
  'DATE_NOTE.season',
  'DATE_NOTE.minguo',
  'DATE_NOTE.excel-serial',
  'DATE_AMBIGUOUS.day-month',
  'DATE_AMBIGUOUS.century',
  'BAD_YEAR.year-range',
  'BAD_YEAR.no-month',
  'BAD_YEAR.no-day',
  'BAD_YEAR.not-decade',
  'BAD_YEAR.both-over-12',
  'BAD_YEAR.span-end',
  'BAD_YEAR.range-order',
  'BAD_YEAR.unreadable',
  'BAD_YEAR.span',
  'BAD_DATE.year-range',
  'BAD_DATE.no-month',
  'BAD_DATE.no-day',
  'BAD_DATE.not-decade',
  'BAD_DATE.both-over-12',
  'BAD_DATE.span-end',
  'BAD_DATE.range-order',
  'BAD_DATE.unreadable',
  'BAD_DATE.end-before-start',
  'NAME_MISSING',
  'BAD_UID',
  'INVALID_FIELD.too-long',
  'INVALID_FIELD.too-short',
  'INVALID_FIELD.too-many',
  'INVALID_FIELD.too-big',
  'INVALID_FIELD.too-small',
  'INVALID_FIELD.death-before-birth',
  'INVALID_FIELD.date-needs-start',
  'INVALID_FIELD.only-range-end',
  'INVALID_FIELD.date-form',
  'INVALID_FIELD.range-order',
  'INVALID_FIELD.cover',
  'INVALID_FIELD.other',
  // Duplicates and publishing.
  'DUPLICATE_ROW',
  'DUPLICATE_IN_FILE.uid',
  'DUPLICATE_IN_FILE.person',
  'DUPLICATE_IN_FILE.person-born',
  'POSSIBLE_DUPLICATE_IN_ARCHIVE',
  'POSSIBLE_DUPLICATE_IN_ARCHIVE.born',
  'PUBLISH_HELD',
  // Photos.
  'PHOTO_SKIPPED.gone',
  'PHOTO_SKIPPED.unreadable',
  'PHOTO_SKIPPED.link',
  'PHOTO_NAME_SHARED',
  'PHOTO_MISSING',
  'PHOTO_MISSING.near',
  'PHOTO_AMBIGUOUS',
  /** The text is the media store's own refusal (params.refusal, a MEDIA_ERROR_KEYS entry). */
  'PHOTO_REFUSED',
  'PHOTO_DUPLICATE.names',
  'PHOTO_DUPLICATE.rows',
  'PHOTO_DUPLICATE.both',
  // The content check's text rules, run on each row (lint-report.ts has the same cases by rule).
  'LINT_HIDDEN_CHARACTERS',
  'LINT_CONTAINS_EMAIL',
  'LINT_CONTAINS_URL',
  'LINT_CONTAINS_PHONE',
  'LINT_CONTAINS_CONTACT',
  'LINT_INJECTED_TERM.gambling',
  'LINT_INJECTED_TERM.brand',
  'LINT_INJECTED_TOKEN',
  'LINT_REPEATED_FOREIGN_TOKEN',
  'LINT_MIXED_SCRIPT.homoglyph',
  'LINT_MIXED_SCRIPT.name',
] as const;
export type ImportProblemKey = (typeof IMPORT_PROBLEM_KEYS)[number];

/**
 * Refusals an import, a backup or a restore can end with (ArchiveError code + details.detail, with
 * details.params), as `CODE` or `CODE.detail`.
 */
export const IMPORT_ERROR_KEYS = [
  'IMPORT_TOO_LARGE',
  'IMPORT_TOO_LARGE.unpacked',
  'IMPORT_EMPTY.bytes',
  'IMPORT_EMPTY.workbook',
  'IMPORT_MISSING',
  'IMPORT_MISSING.folder',
  'IMPORT_ENCODING',
  'IMPORT_XLS_OLD',
  'IMPORT_FORMAT.not-xlsx',
  'IMPORT_FORMAT.zip-not-text',
  'IMPORT_FORMAT.zip',
  'IMPORT_FORMAT.pdf',
  'IMPORT_FORMAT.picture',
  'IMPORT_FORMAT.ods',
  'IMPORT_FORMAT.not-workbook',
  'IMPORT_XLSX_DAMAGED',
  'IMPORT_XLSX_DAMAGED.zip',
  'IMPORT_SHEET',
  'IMPORT_MAPPING.field',
  'IMPORT_MAPPING.column',
  'PHOTOS_MISSING',
  'PHOTOS_MISSING.file',
  'PHOTOS_TOO_MANY',
  'IMPORT_UNREADABLE',
  'IMPORT_BLOCKED',
  'IMPORT_NOTHING',
  'IMPORT_CHANGED',
  'IMPORT_FAILED',
  'IMPORT_FAILED.row',
  'ARCHIVE_BUSY.job',
  'WORKER_STOPPED',
] as const;
export type ImportErrorKey = (typeof IMPORT_ERROR_KEYS)[number];

/** Why the media store refuses a photo (archive/media), for an upload and for an import's photo alike. */
export const MEDIA_ERROR_KEYS = [
  'MEDIA_EMPTY',
  'MEDIA_MISSING',
  'MEDIA_UNREADABLE',
  'MEDIA_NOT_IMAGE.not-file',
  'MEDIA_NOT_IMAGE.video',
  'MEDIA_NOT_IMAGE.html',
  'MEDIA_NOT_IMAGE.program',
  'MEDIA_NOT_IMAGE.pdf',
  'MEDIA_NOT_IMAGE.zip',
  'MEDIA_NOT_IMAGE.gzip',
  'MEDIA_NOT_IMAGE.xml',
  'MEDIA_NOT_IMAGE.text',
  'MEDIA_UNSUPPORTED',
  'MEDIA_UNSUPPORTED.heic',
  'MEDIA_UNSUPPORTED.bmp',
  'MEDIA_SVG',
  'MEDIA_TOO_LARGE.bytes',
  'MEDIA_TOO_LARGE.pixels',
  'MEDIA_TOO_LARGE.pixel-limit',
  'MEDIA_CORRUPT',
  'MEDIA_CORRUPT.no-size',
] as const;
export type MediaErrorKey = (typeof MEDIA_ERROR_KEYS)[number];

/** The catalogue key of a coded text: its code, or code.detail. */
export function messageKey(m: { code: string; detail: string | null }): string {
  return m.detail ? `${m.code}.${m.detail}` : m.code;
}

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
  /** Which case of `code` this is, when it covers several: the text's key is `code.detail` (IMPORT_PROBLEM_KEYS). */
  detail: z.string().nullable(),
  /** What the curator-facing text is filled with; `message` and `suggestion` are the same in English. */
  params: MessageParams,
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
  /** With `code`, the key of the refusal's text (MEDIA_ERROR_KEYS, or PHOTO_MISSING / PHOTO_AMBIGUOUS). */
  detail: z.string().nullable(),
  params: MessageParams,
  /** The refusal in English (the CLI's words). */
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
    /** Files in the photo folder no row of the file asked for. */
    unused: z.array(z.string()),
    /**
     * Files only rows with errors asked for (the rows are not imported, so neither are their photos): they are
     * used once those rows are corrected and imported again. Refused files are reported as refused instead.
     */
    ofRejected: z.array(z.object({ file: z.string(), lines: z.array(z.number().int()) })),
    list: z.array(PhotoOutcome),
    listOmitted: z.number().int().nonnegative(),
  }),
});
export type ImportPlanReport = z.infer<typeof ImportPlanReport>;

export const BackupReason = z.enum(['manual', 'before-import', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReason>;

/**
 * The values a backup's reason is worded with (the workspace's text for the reason, by BackupReason):
 * before an import, { file } (the sheet's name); before a restore, { backup, createdAt } (the one restored).
 */
export const BackupReasonParams = z.object({ file: z.string().optional(), backup: z.string().optional(), createdAt: z.string().optional() });
export type BackupReasonParams = z.infer<typeof BackupReasonParams>;

/** A copy of the database taken at one moment; media files are content-addressed and never removed. */
export const BackupInfo = z.object({
  id: z.string().regex(/^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}$/),
  createdAt: z.string(),
  reason: BackupReason,
  /** What the reason is about (older backups have none: see archive/backup/list.ts). */
  reasonParams: BackupReasonParams.default({}),
  actor: z.string(),
  /** A manual backup: the curator's own words. An automatic one: the reason in English, for the CLI. */
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
