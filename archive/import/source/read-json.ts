import { decodeText } from './decode-text';
import { IMPORT_LIMITS } from '../limits';
import { emptyTable, problem, type SourceRecord, type SourceTable } from './table';

const CONTAINER_KEYS = ['records', 'rows', 'items', 'data', 'exhibits'];

function lineCol(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  return { line: before.split('\n').length, column: position - before.lastIndexOf('\n') };
}

function addRecord(table: SourceTable, line: number, value: unknown, where: string): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    table.badLines.add(line);
    table.records.push({ line, cells: new Map() });
    const shown = Array.isArray(value) ? 'a list' : JSON.stringify(value)?.slice(0, 40);
    table.problems.push(problem({ severity: 'error', key: 'JSON_NOT_OBJECT', line, value: Array.isArray(value) ? '[…]' : (shown ?? null), message: `${where} is ${shown}, not a record with fields.`, suggestion: 'Each record must be an object such as {"name": "…", "body": "…"}.' }));
    return;
  }
  const cells = new Map<string, unknown>(Object.entries(value as Record<string, unknown>));
  for (const k of cells.keys()) if (!table.headers.includes(k)) table.headers.push(k);
  table.records.push({ line, cells });
}

function tooMany(table: SourceTable): boolean {
  if (table.records.length < IMPORT_LIMITS.maxRows) return false;
  table.fatal = true;
  table.problems.push(problem({ severity: 'error', key: 'IMPORT_TOO_MANY_ROWS', params: { max: IMPORT_LIMITS.maxRows }, message: `The file has more than ${IMPORT_LIMITS.maxRows.toLocaleString('en')} records, the most one import may hold.`, suggestion: 'Split it into several files.' }));
  return true;
}

/** JSON: an array of records (or an object holding one under "records", "rows", "items", "data" or "exhibits"). */
export function readJson(bytes: Uint8Array, label: string): SourceTable {
  const table = emptyTable('json');
  const { text, encoding } = decodeText(bytes, label);
  table.encoding = encoding;
  if (!text.trim()) {
    table.fatal = true;
    table.problems.push(problem({ severity: 'error', key: 'IMPORT_EMPTY', params: { file: label }, message: `${label} is empty.`, suggestion: 'Check that you chose the right file.' }));
    return table;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? lineCol(text, Number(pos[1])) : null;
    table.fatal = true;
    table.problems.push(
      problem({
        severity: 'error',
        key: at ? 'JSON_SYNTAX.at' : 'JSON_SYNTAX',
        params: { file: label, ...(at ? { line: at.line, column: at.column } : {}) },
        message: `${label} is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}: ${msg.replace(/^.*?JSON[^:]*: /, '').split('\n')[0]}`,
        suggestion: 'Check that place for a missing comma, quote or bracket. For one record per line use JSONL (.jsonl).',
      }),
    );
    return table;
  }
  let items: unknown = parsed;
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const key = CONTAINER_KEYS.find((k) => Array.isArray((parsed as Record<string, unknown>)[k]));
    items = key ? (parsed as Record<string, unknown>)[key] : null;
  }
  if (!Array.isArray(items)) {
    table.fatal = true;
    table.problems.push(problem({ severity: 'error', key: 'JSON_NOT_LIST', params: { file: label }, message: `${label} holds a single ${typeof parsed === 'object' ? 'object' : 'value'}, not a list of records.`, suggestion: 'Put the records in a list: [ {…}, {…} ].' }));
    return table;
  }
  items.forEach((item, i) => {
    if (table.fatal || tooMany(table)) return;
    addRecord(table, i + 1, item, `Item ${i + 1}`);
  });
  return table;
}

/** JSONL: one JSON record per line. A bad line rejects that record only. */
export function readJsonl(bytes: Uint8Array, label: string): SourceTable {
  const table = emptyTable('jsonl');
  const { text, encoding } = decodeText(bytes, label);
  table.encoding = encoding;
  const lines = text.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    any = true;
    if (tooMany(table)) break;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      table.badLines.add(i + 1);
      table.records.push({ line: i + 1, cells: new Map() } satisfies SourceRecord);
      table.problems.push(problem({ severity: 'error', key: 'JSON_SYNTAX.line', line: i + 1, value: raw.slice(0, 80), message: `Line ${i + 1} is not valid JSON: ${(e as Error).message.split('\n')[0]}`, suggestion: 'Fix that line; each line must be one complete record {…}.' }));
      continue;
    }
    addRecord(table, i + 1, value, `Line ${i + 1}`);
  }
  if (!any) {
    table.fatal = true;
    table.problems.push(problem({ severity: 'error', key: 'IMPORT_EMPTY', params: { file: label }, message: `${label} is empty.`, suggestion: 'Check that you chose the right file.' }));
  }
  return table;
}
