import { decodeText } from './decode-text';
import { parseCsv, sniffDelimiter } from './csv-parse';
import { gridToTable } from './grid-to-table';
import { emptyTable, problem, type SourceTable } from './table';

export function readCsv(bytes: Uint8Array, label: string, mappedHeaders: readonly string[]): SourceTable {
  const table = emptyTable('csv');
  const { text, encoding } = decodeText(bytes, label);
  table.encoding = encoding;
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    table.fatal = true;
    table.problems.push(problem({ severity: 'error', key: 'IMPORT_EMPTY', params: { file: label }, message: `${label} is empty.`, suggestion: 'Check that you chose the right file and that it was saved with its rows.' }));
    return table;
  }
  const delimiter = sniffDelimiter(text);
  table.delimiter = delimiter;
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''), delimiter);
  if (!parsed.ok) {
    table.fatal = true;
    table.problems.push(
      problem({
        severity: 'error',
        key: 'CSV_UNCLOSED_QUOTE',
        line: parsed.unclosedQuoteLine,
        message: `Line ${parsed.unclosedQuoteLine}: a quote (") opens a cell that is never closed, so everything after it would be read as one cell.`,
        suggestion: `Close the quote on line ${parsed.unclosedQuoteLine} or remove it, then import again.`,
      }),
    );
    return table;
  }
  gridToTable(
    table,
    parsed.records.map((r) => ({ line: r.line, cells: r.cells, spans: r.spans })),
    mappedHeaders,
    (line) => `line ${line}`,
  );
  return table;
}
