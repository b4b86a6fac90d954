import { cellText, shorten } from '../normalise/text';
import { IMPORT_LIMITS } from '../limits';
import { columnLetter, findHeaderRow, headerNames } from './header-row';
import { problem, type SourceTable } from './table';

export interface GridRow {
  line: number;
  cells: unknown[];
  /** CSV: physical lines each cell spans; a cell spanning many lines may have swallowed rows. */
  spans?: number[];
}

const isBlank = (v: unknown) => cellText(v) === '';

/**
 * Turns rows of cells (from CSV or a worksheet) into records keyed by header. Shape problems are reported per
 * row with the row's own line: too many cells (extra cells would be lost), too few (the rest read as empty),
 * and a quoted cell that ran over several rows' worth of separators (a closing quote is missing).
 */
export function gridToTable(table: SourceTable, rows: readonly GridRow[], mappedHeaders: readonly string[], where: (line: number) => string): void {
  const firstRows = rows.slice(0, 10).map((r) => r.cells.map(cellText));
  const h = findHeaderRow(firstRows, mappedHeaders);
  const headerRow = rows[h];
  if (!headerRow) {
    table.fatal = true;
    table.problems.push(problem({ severity: 'error', key: 'IMPORT_EMPTY.no-rows', message: 'The file has no rows.', suggestion: 'Check that you chose the right file.' }));
    return;
  }
  let width = headerRow.cells.length;
  while (width > 0 && isBlank(headerRow.cells[width - 1])) width--;
  if (width > IMPORT_LIMITS.maxColumns) {
    table.fatal = true;
    table.problems.push(problem({ severity: 'error', key: 'IMPORT_TOO_WIDE', line: headerRow.line, params: { columns: width, max: IMPORT_LIMITS.maxColumns }, message: `The header on ${where(headerRow.line)} has ${width} columns; an import may have at most ${IMPORT_LIMITS.maxColumns}.`, suggestion: 'Remove the columns that are not needed.' }));
    return;
  }
  table.headerLine = headerRow.line;
  table.headers = headerNames(headerRow.cells.slice(0, width).map(cellText));
  if (h > 0) {
    const skipped = shorten(firstRows.slice(0, h).map((r) => r.filter(Boolean).join(' ')).join(' / '), 60);
    table.problems.push(
      problem({
        severity: 'info',
        key: 'TITLE_ROWS_SKIPPED',
        line: rows[0]!.line,
        value: skipped,
        params: { count: h },
        message: `The first ${h === 1 ? 'line' : `${h} lines`} (${skipped}) ${h === 1 ? 'is' : 'are'} above the column headers and ${h === 1 ? 'was' : 'were'} skipped.`,
        suggestion: null,
      }),
    );
  }
  for (const row of rows.slice(h + 1)) {
    if (row.cells.every(isBlank)) continue;
    if (table.records.length >= IMPORT_LIMITS.maxRows) {
      table.fatal = true;
      table.problems.push(problem({ severity: 'error', key: 'IMPORT_TOO_MANY_ROWS', line: row.line, params: { max: IMPORT_LIMITS.maxRows }, message: `The file has more than ${IMPORT_LIMITS.maxRows.toLocaleString('en')} rows, the most one import may hold.`, suggestion: 'Split it into several files and import them one after another.' }));
      return;
    }
    let last = row.cells.length;
    while (last > width && isBlank(row.cells[last - 1])) last--;
    if (last > width) {
      const extra = row.cells.slice(width, last).map(cellText).filter(Boolean);
      table.badLines.add(row.line);
      table.problems.push(
        problem({
          severity: 'error',
          key: table.delimiter === ',' ? 'ROW_TOO_LONG.comma' : 'ROW_TOO_LONG',
          line: row.line,
          params: { cells: last, columns: width },
          column: `(column ${columnLetter(width)})`,
          value: shorten(extra.join(' | '), 80),
          message: `${cap(where(row.line))} has ${last} cells but the header has ${width} columns; the extra cells would be lost.`,
          suggestion: table.delimiter === ','
            ? 'A comma inside a cell splits it in two: put that cell in quotes, or save the sheet from Excel again instead of editing the CSV by hand.'
            : 'Check that row for a separator inside a cell, or add a header for the extra column.',
        }),
      );
    } else if (row.cells.length < width && table.format === 'csv') {
      table.problems.push(
        problem({
          severity: 'warning',
          key: 'ROW_TOO_SHORT',
          line: row.line,
          params: { cells: row.cells.length, columns: width },
          message: `${cap(where(row.line))} has ${row.cells.length} cells but the header has ${width} columns; the missing ones are read as empty.`,
          suggestion: 'Check whether the row was cut off.',
        }),
      );
    }
    const cells = new Map<string, unknown>();
    table.headers.forEach((header, i) => cells.set(header, row.cells[i] ?? ''));
    table.records.push({ line: row.line, cells });
    swallowCheck(table, row, width, where);
  }
}

function swallowCheck(table: SourceTable, row: GridRow, width: number, where: (line: number) => string): void {
  if (!row.spans || !table.delimiter || width < 3) return;
  row.spans.forEach((span, i) => {
    if (span < 3) return;
    const text = String(row.cells[i] ?? '');
    const rowLike = text.split('\n').filter((l) => l.split(table.delimiter!).length >= width - 1).length;
    if (rowLike < 2) return;
    table.badLines.add(row.line);
    table.problems.push(
      problem({
        severity: 'error',
        key: 'QUOTE_SWALLOWED_ROWS',
        line: row.line,
        params: { column: table.headers[i] ?? columnLetter(i), lines: span, endLine: row.line + span - 1 },
        column: table.headers[i] ?? null,
        value: shorten(text.replace(/\n/g, ' ⏎ '), 80),
        message: `The quoted cell in column "${table.headers[i] ?? columnLetter(i)}" on ${where(row.line)} runs over ${span} lines (to line ${row.line + span - 1}) and contains what look like whole rows: a closing quote (") is probably missing.`,
        suggestion: `Add the missing quote in that cell, or remove the stray quote at its start.`,
      }),
    );
  });
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
