import type { ImportFormat, ImportProblem } from '../../api/contract/import-report';

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

export function problem(p: Partial<ImportProblem> & Pick<ImportProblem, 'severity' | 'code' | 'message'>): ImportProblem {
  return { line: null, column: null, field: null, value: null, suggestion: null, ...p };
}

export function emptyTable(format: ImportFormat): SourceTable {
  return { format, encoding: null, delimiter: null, sheet: null, headerLine: null, headers: [], records: [], problems: [], badLines: new Set(), fatal: false };
}
