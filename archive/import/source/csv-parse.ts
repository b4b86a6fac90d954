// CSV as Excel and LibreOffice write it (RFC 4180 plus their habits): quoted cells may hold separators,
// doubled quotes and newlines; a stray quote inside an unquoted cell is kept as a character, as Excel does.
// Every record keeps the physical line it starts on, so a curator can find it in their editor.

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  cells: string[];
  /** Per cell: how many physical lines it spans (1 for an ordinary cell). */
  spans: number[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; records: CsvRecord[]; unclosedQuoteLine: number };

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export function parseCsv(text: string, delimiter: string, maxRecords = Number.POSITIVE_INFINITY): CsvResult {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let spans: number[] = [];
  let cell = '';
  let cellStartLine = 1;
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let i = 0;
  const n = text.length;

  const endCell = () => {
    cells.push(cell);
    spans.push(line - cellStartLine + 1);
    cell = '';
    cellStartLine = line;
  };
  const endRecord = () => {
    endCell();
    // A line with nothing on it separates nothing: skip it rather than invent an empty row.
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells, spans });
    cells = [];
    spans = [];
  };

  while (i < n && records.length < maxRecords) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') {
        cell += '\n';
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      inQuotes = true;
      quoteLine = line;
      cell = '';
      i++;
      continue;
    }
    if (c === delimiter) {
      endCell();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      cellStartLine = line;
      continue;
    }
    cell += c;
    i++;
  }
  if (inQuotes) return { ok: false, records, unclosedQuoteLine: quoteLine };
  if (records.length < maxRecords && (cell !== '' || cells.length > 0)) endRecord();
  return { ok: true, records };
}

/**
 * Picks the separator that splits the first lines into the same number of cells most consistently
 * (a German or Russian Excel writes ";", "Unicode text" uses tabs). Ties go to tab, then comma.
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: { d: Delimiter; score: number } = { d: ',', score: -1 };
  for (const d of ['\t', ',', ';', '|'] as const) {
    const { records } = parseCsv(sample, d, 50);
    const counts = records.map((r) => r.cells.length).filter((k) => k > 1);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const k of counts) freq.set(k, (freq.get(k) ?? 0) + 1);
    const [mode, hits] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    // Consistency first; more columns breaks ties between equally consistent splits.
    const score = (hits / records.length) * 1000 + Math.min(mode, 100);
    if (score > best.score) best = { d, score };
  }
  return best.d;
}
