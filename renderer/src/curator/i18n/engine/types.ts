// The shape of the workspace's texts for what the engine reports: import problems, photo refusals, content
// check findings, refusals of actions, problems of form fields and the reasons of backups. Keyed by the
// engine's stable code (or code.detail) from the contract, filled with the values the engine sends beside
// its English message.
import type {
  BackupReason,
  FieldErrorKey,
  ImportErrorKey,
  ImportProblemKey,
  LintErrorKey,
  LintFindingKey,
  LintNoteKey,
  LintRule,
  MediaErrorKey,
  PublishBlockedKey,
} from '../../../../../archive/api/contract';

/** One text: what happened, and (when there is something to do) what to do. {{name}} is filled from params. */
export interface EngineText {
  message: string;
  suggestion?: string;
}

/** Import problems from the content check's text rules reuse the findings' texts (see format.ts). */
export type OwnProblemKey = Exclude<ImportProblemKey, `LINT_${string}`>;

export interface EngineCatalog {
  problems: Record<OwnProblemKey, EngineText>;
  /** Said after a text-rule finding in an imported row. */
  lintInImport: string;
  importErrors: Record<ImportErrorKey, EngineText>;
  media: Record<MediaErrorKey, EngineText>;
  findings: Record<LintFindingKey, EngineText>;
  notes: Record<LintNoteKey, string>;
  lintErrors: Record<LintErrorKey, EngineText>;
  /** Short names of the content check's rules, for lists ("blocked by: …"). */
  rules: Record<LintRule, string>;
  /** A form field's problem, shown beside the field (so without naming it). */
  fieldErrors: Record<FieldErrorKey, string>;
  /** Publishing refused by the content check: what happened ({{count}} findings) and what to do. */
  publishBlocked: Record<PublishBlockedKey, EngineText>;
  /** Where a finding that blocks publishing is: a field is named by its label, a photo by its place. */
  findingPlace: { photo: string; photoOf: string; exhibit: string };
  /** Why an automatic backup was taken, with what it was about ({{file}}, {{createdAt}}). */
  backupReasons: Record<Exclude<BackupReason, 'manual'>, string>;
  /** Errors of other workspace actions, by code only (they carry no values). */
  apiErrors: Record<string, string>;
  /** Words values are shown with. */
  words: {
    /** Where a problem is: line, row (XLSX), item (JSON). */
    line: string;
    row: string;
    item: string;
    column: string;
    /** A column without a header, by its spreadsheet letter. */
    columnLetter: string;
    field: string;
    /** Joins "where" and "what". */
    colon: string;
    /** Joins the line and the column of a place. */
    whereJoin: string;
    listSeparator: string;
    job: Record<string, string>;
    lang: Record<string, string>;
    translationOf: string;
  };
}
