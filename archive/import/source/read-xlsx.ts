// Excel workbooks through exceljs. Formulas are read as the value Excel saved with them (never evaluated);
// merged cells are filled the way a person reads them: a unit merged down over five veterans belongs to each
// of them, while a story merged across three columns belongs only to its first column.
import ExcelJS from 'exceljs';
import { importError } from '../messages';
import { columnLetter } from './header-row';
import { gridToTable, type GridRow } from './grid-to-table';
import { emptyTable, problem, type SourceTable } from './table';
import { checkWorkbookZip } from './zip-check';

type Notes = { formulasWithoutValue: string[]; errorCells: string[] };

/** A cell's value as the curator sees it in Excel. */
export function plainValue(v: ExcelJS.CellValue, address: string, notes: Notes): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      if (result === undefined || result === null) {
        notes.formulasWithoutValue.push(address);
        return '';
      }
      return plainValue(result, address, notes);
    }
    if ('error' in v) {
      notes.errorCells.push(`${address} (${String(v.error)})`);
      return '';
    }
    if ('text' in v) return plainValue((v as { text: ExcelJS.CellValue }).text, address, notes);
  }
  return String(v);
}

function pickSheet(wb: ExcelJS.Workbook, wanted: string | undefined, label: string): ExcelJS.Worksheet {
  if (wanted) {
    const ws = wb.worksheets.find((w) => w.name === wanted) ?? wb.worksheets.find((w) => w.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (!ws) throw importError('IMPORT_SHEET', `${label} has no worksheet "${wanted}". Its sheets are: ${wb.worksheets.map((w) => `"${w.name}"`).join(', ')}.`, { file: label, sheet: wanted, sheets: wb.worksheets.map((w) => w.name) }, { file: label });
    return ws;
  }
  const visible = wb.worksheets.filter((w) => w.state === 'visible' || w.state === undefined);
  const withData = visible.find((w) => w.actualRowCount > 0) ?? wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!withData) throw importError('IMPORT_EMPTY.workbook', `${label} has no rows in any worksheet.`, { file: label }, { file: label });
  return withData;
}

export async function readXlsx(bytes: Uint8Array, label: string, mappedHeaders: readonly string[], sheetName?: string): Promise<SourceTable> {
  checkWorkbookZip(bytes, label);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw importError('IMPORT_XLSX_DAMAGED', `${label} is an Excel workbook that cannot be read (${(e as Error).message.split('\n')[0]}). Open it in Excel and save it again, or save it as CSV UTF-8.`, { file: label }, { file: label });
  }
  const ws = pickSheet(wb, sheetName, label);
  const table = emptyTable('xlsx');
  table.sheet = ws.name;
  const notes: Notes = { formulasWithoutValue: [], errorCells: [] };
  const rows: GridRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master !== cell) {
        // Only a vertical merge repeats its value; the rest of a merged block reads as empty.
        cells.push(cell.master.col === cell.col ? plainValue(cell.master.value, cell.master.address, notes) : '');
        continue;
      }
      cells.push(plainValue(cell.value, `${columnLetter(c - 1)}${rowNumber}`, notes));
    }
    rows.push({ line: rowNumber, cells });
  });
  if (rows.length === 0) {
    table.fatal = true;
    table.problems.push(problem({ severity: 'error', key: 'IMPORT_EMPTY.sheet', params: { sheet: ws.name, file: label }, message: `Worksheet "${ws.name}" in ${label} is empty.`, suggestion: 'Choose the sheet with the data.' }));
    return table;
  }
  gridToTable(table, rows, mappedHeaders, (line) => `row ${line}`);
  if (notes.formulasWithoutValue.length) {
    table.problems.push(
      problem({
        severity: 'warning',
        key: 'XLSX_FORMULA_NO_VALUE',
        value: notes.formulasWithoutValue.slice(0, 10).join(', '),
        params: { count: notes.formulasWithoutValue.length, cells: notes.formulasWithoutValue.slice(0, 5) },
        message: `${notes.formulasWithoutValue.length} cell(s) hold a formula without a saved result (${notes.formulasWithoutValue.slice(0, 5).join(', ')}${notes.formulasWithoutValue.length > 5 ? ' …' : ''}); they are read as empty.`,
        suggestion: 'Open the workbook in Excel and save it once so the results are stored, or paste the values instead of formulas.',
      }),
    );
  }
  if (notes.errorCells.length) {
    table.problems.push(
      problem({
        severity: 'warning',
        key: 'XLSX_ERROR_CELL',
        value: notes.errorCells.slice(0, 10).join(', '),
        params: { count: notes.errorCells.length, cells: notes.errorCells.slice(0, 5) },
        message: `${notes.errorCells.length} cell(s) show an Excel error such as #N/A or #REF! (${notes.errorCells.slice(0, 5).join(', ')}); they are read as empty.`,
        suggestion: 'Fix the formulas in Excel, or type the values in.',
      }),
    );
  }
  return table;
}
