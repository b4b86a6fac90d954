import type { ImportProblem } from '../../api/contract/import-report';
import { importError } from '../messages';
import { problem } from '../source/table';
import { FIELD_LIST_TEXT, fieldForHeader, headerKey, parseFieldName, type ImportField } from './field-names';

export interface Column {
  header: string;
  field: ImportField | null;
  by: 'name' | 'mapping' | 'unknown' | 'ignored';
}

/** Fields that collect every column mapped to them; any other field takes its first non-empty column. */
export const MULTI_COLUMN_FIELDS = new Set<string>(['tags', 'photos']);

/**
 * Decides what each column feeds: the curator's mapping first (by exact header, then by the header's
 * comparable form), then the recognised names. A mapping naming an unknown field or a missing column is an
 * error up front: a typo there would silently drop a whole column.
 */
export function resolveColumns(headers: readonly string[], mapping: Readonly<Record<string, string>> = {}): { columns: Column[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const wanted = new Map<string, { field: ImportField; header: string }>();
  for (const [header, target] of Object.entries(mapping)) {
    const field = target === '-' || target === '' ? 'ignore' : parseFieldName(target);
    if (!field) throw importError('IMPORT_MAPPING.field', `The mapping sends column "${header}" to "${target}", which is not a field. Fields: ${FIELD_LIST_TEXT}.`, { column: header, target }, { column: header });
    wanted.set(headerKey(header), { field, header });
  }
  const used = new Set<string>();
  const columns = headers.map((header): Column => {
    const byMap = wanted.get(headerKey(header));
    if (byMap) {
      used.add(headerKey(header));
      return { header, field: byMap.field, by: byMap.field === 'ignore' ? 'ignored' : 'mapping' };
    }
    const field = fieldForHeader(header);
    if (field === 'ignore') return { header, field, by: 'ignored' };
    if (field) return { header, field, by: 'name' };
    return { header, field: null, by: 'unknown' };
  });
  for (const [key, { header }] of wanted) {
    if (!used.has(key)) {
      const known = headers.length ? headers.map((h) => `"${h}"`).join(', ') : 'none';
      throw importError('IMPORT_MAPPING.column', `The mapping names a column "${header}" that the file does not have. Its columns are: ${known}.`, { column: header, columns: [...headers] }, { column: header });
    }
  }
  const byField = new Map<string, string[]>();
  for (const c of columns) {
    if (c.by === 'unknown') {
      problems.push(
        problem({
          severity: 'warning',
          key: 'COLUMN_UNKNOWN',
          column: c.header,
          message: `Column "${c.header}" is not recognised, so it will not be imported.`,
          suggestion: `If it should be imported, map it to a field (for example --map body=${c.header}). Fields: ${FIELD_LIST_TEXT}.`,
        }),
      );
    }
    if (c.field && c.field !== 'ignore' && !MULTI_COLUMN_FIELDS.has(c.field)) byField.set(c.field, [...(byField.get(c.field) ?? []), c.header]);
  }
  for (const [field, hs] of byField) {
    if (hs.length > 1) {
      problems.push(
        problem({
          severity: 'warning',
          key: 'COLUMN_REPEATED',
          field,
          column: hs[1]!,
          params: { columns: hs },
          message: `Columns ${hs.map((h) => `"${h}"`).join(' and ')} all feed ${field}; each row uses the first that is not empty.`,
          suggestion: 'Remove or rename the extra column, or map it elsewhere.',
        }),
      );
    }
  }
  return { columns, problems };
}
