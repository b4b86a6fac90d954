import { headerKey, fieldForHeader } from '../mapping/field-names';

/**
 * Which of the first rows is the header. Spreadsheets from offices often start with a title line
 * ("赤峰市退役军人名录", merged across the sheet) or a blank line; the header is the first row naming at least
 * two known fields (or mapped columns), else the first row with two or more filled cells.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], mappedHeaders: readonly string[] = []): number {
  const mapped = new Set(mappedHeaders.map(headerKey));
  const limit = Math.min(rows.length, 10);
  for (let i = 0; i < limit; i++) {
    const known = rows[i]!.filter((c) => c.trim() && (fieldForHeader(c) || mapped.has(headerKey(c)))).length;
    if (known >= 2 || (known === 1 && rows[i]!.filter((c) => c.trim()).length === 1 && i === 0)) return i;
  }
  for (let i = 0; i < limit; i++) if (rows[i]!.filter((c) => c.trim()).length >= 2) return i;
  return 0;
}

/** Header cells as names: blank headers get their column letter, repeated ones a number. */
export function headerNames(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    let h = raw.replace(/\s+/g, ' ').trim();
    if (!h) h = `(column ${columnLetter(i)})`;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} (${n})`;
  });
}

export function columnLetter(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
