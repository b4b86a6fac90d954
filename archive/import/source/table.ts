import type { ImportFormat, ImportProblem, ImportProblemKey, MessageParams } from '../../api/contract/import-report';
import { splitKey } from '../messages';

/** One data row of the file: its line (row, item) number and its values by column header. */
export interface SourceRecord {
  line: number;
  cells: Map<string, unknown>;
}

/** Any input format read into one shape: headers in file order and the rows under them. */
export interface SourceTable {
  format: ImportFormat;
  encoding: string | null;
  delimiter: string | null;
  sheet: string | null;
  headerLine: number | null;
  headers: string[];
  records: SourceRecord[];
  /** Problems with the file as a whole or with a row's shape (ragged, unclosed quote ...). */
  problems: ImportProblem[];
  /** Lines that must be rejected whatever their content says (e.g. cells that swallowed other rows). */
  badLines: Set<number>;
  fatal: boolean;
}

export type ProblemInput = Partial<Omit<ImportProblem, 'code' | 'detail' | 'params'>> &
  Pick<ImportProblem, 'severity' | 'message'> & {
    /** The text's key (IMPORT_PROBLEM_KEYS): the problem's code, or code.detail. */
    key: ImportProblemKey;
    /** Values for the workspace's text; line, column, field and value travel in their own fields. */
    params?: MessageParams;
  };

export function problem({ key, params, ...p }: ProblemInput): ImportProblem {
  return { line: null, column: null, field: null, value: null, suggestion: null, ...splitKey(key), params: params ?? {}, ...p };
}

export function emptyTable(format: ImportFormat): SourceTable {
  return { format, encoding: null, delimiter: null, sheet: null, headerLine: null, headers: [], records: [], problems: [], badLines: new Set(), fatal: false };
}
