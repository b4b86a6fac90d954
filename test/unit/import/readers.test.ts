// Every input format read from real fixture files (test/fixtures/import, made by make-fixtures.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArchiveError } from '../../../archive/errors';
import { loadSource, readTable } from '../../../archive/import/source/read-source';
import { zipEntries } from '../../../archive/import/source/zip-check';
import { cellText } from '../../../archive/import/normalise/text';

const FIX = path.resolve(import.meta.dirname, '../../fixtures/import');
const read = async (name: string, mapped: string[] = []) => {
  const src = loadSource({ path: path.join(FIX, name) });
  return readTable(src.bytes, src.name, { mappedHeaders: mapped });
};
const row = (t: Awaited<ReturnType<typeof read>>, i: number) => Object.fromEntries([...t.records[i]!.cells].map(([k, v]) => [k, cellText(v)]));
async function errorOf(p: Promise<unknown> | (() => unknown)): Promise<{ code: string; message: string }> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (isArchiveError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an error');
}

describe('CSV', () => {
  it('reads a GBK file from Excel with a title line above the header', async () => {
    const t = await read('veterans-gbk.csv');
    expect([t.format, t.encoding, t.delimiter, t.headerLine]).toEqual(['csv', 'gb18030', ',', 2]);
    expect(t.headers.slice(0, 3)).toEqual(['姓名', '出生年份', '籍贯']);
    expect(t.records.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect(row(t, 0).出生年份).toBe('1950年');
    expect(row(t, 2).事迹).toBe('1969年入伍，"老黄牛"是战友给他的外号。');
    expect(t.problems.map((p) => p.code)).toEqual(['TITLE_ROWS_SKIPPED']);
  });
  it('reads UTF-8 with BOM and semicolons, and tab-separated text, to the same rows', async () => {
    const a = await read('veterans-utf8-bom-semicolon.csv');
    const b = await read('veterans-tab.tsv');
    expect([a.encoding, a.delimiter, b.delimiter]).toEqual(['utf-8-bom', ';', '\t']);
    expect(a.records.map((_, i) => row(a, i))).toEqual(b.records.map((_, i) => row(b, i)));
    expect(row(a, 2).荣誉).toBe('三等功；优秀士兵');
  });
  it('stops at an unclosed quote, naming the line', async () => {
    const t = await read('unclosed-quote.csv');
    expect(t.fatal).toBe(true);
    expect(t.problems[0]).toMatchObject({ code: 'CSV_UNCLOSED_QUOTE', line: 2, severity: 'error' });
    expect(t.problems[0]!.message).toMatch(/Line 2: a quote \(".*never closed/);
  });
  it('rejects a row with cells beyond the header and warns about a short one', async () => {
    const t = await read('ragged.csv');
    expect(t.badLines).toEqual(new Set([2]));
    expect(t.problems.find((p) => p.code === 'ROW_TOO_LONG')).toMatchObject({ line: 2, value: '多出来的 | 又一个' });
    expect(t.problems.find((p) => p.code === 'ROW_TOO_SHORT')).toMatchObject({ line: 3, severity: 'warning' });
  });
  it('refuses empty files and files in an encoding it cannot read', async () => {
    expect(await errorOf(read('empty.csv'))).toMatchObject({ code: 'IMPORT_EMPTY', message: 'empty.csv is empty (0 bytes).' });
    expect((await read('only-header.csv')).records).toEqual([]);
    expect(await errorOf(read('big5.csv'))).toMatchObject({ code: 'IMPORT_ENCODING' });
  });
  it('keeps formula-looking cells as text', async () => {
    const t = await read('formula.csv');
    expect(row(t, 0).事迹).toBe("=cmd|' /C calc'!A0");
  });
});

describe('XLSX', () => {
  it('reads shared strings, formulas as their saved values, dates, and merged cells as a person would', async () => {
    const t = await read('veterans.xlsx');
    expect([t.format, t.sheet, t.headerLine]).toEqual(['xlsx', '名录', 2]);
    expect(t.records.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    const rows = t.records.map((_, i) => row(t, i));
    expect(rows[0]).toMatchObject({ 姓名: '王芳', 出生年份: '1950', 部队: '某边防团', 入伍日期: '1969-02-09' });
    // The unit merged down over three rows belongs to each of them; the row below the merge has its own.
    expect(rows.map((r) => r.部队)).toEqual(['某边防团', '某边防团', '某边防团', '某通信连']);
    // The story merged across D6:E6 stays in its own column only.
    expect(rows[3]).toMatchObject({ 事迹: '退伍后回乡办学。', '(column E)': '' });
  });
  it('refuses a zip bomb from its table of contents, before unpacking anything', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(FIX, 'veterans.xlsx')));
    const entries = zipEntries(bytes)!;
    expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
    // Rewrite one entry's declared size to 3 GB.
    const view = new DataView(bytes.buffer);
    for (let i = bytes.length - 22; i > 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 3_000_000_000, true);
        break;
      }
    }
    expect(await errorOf(readTable(bytes, 'bomb.xlsx', { mappedHeaders: [] }))).toMatchObject({ code: 'IMPORT_TOO_LARGE' });
  });
  it('names damaged and foreign workbooks', async () => {
    const bytes = fs.readFileSync(path.join(FIX, 'veterans.xlsx'));
    expect(await errorOf(readTable(bytes.subarray(0, 200), 'cut.xlsx', { mappedHeaders: [] }))).toMatchObject({ code: 'IMPORT_XLSX_DAMAGED' });
    expect(await errorOf(readTable(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls', { mappedHeaders: [] }))).toMatchObject({ code: 'IMPORT_XLS_OLD' });
  });
});

describe('JSON and JSONL', () => {
  it('reads an array of records with native or Chinese field names', async () => {
    const t = await read('exhibits.json');
    expect(t.format).toBe('json');
    expect(t.records).toHaveLength(2);
    expect(t.records[0]!.cells.get('name')).toEqual({ zh: '王芳', en: 'Wang Fang' });
    expect(t.headers).toContain('姓名');
  });
  it('rejects only the broken lines of a JSONL file', async () => {
    const t = await read('exhibits.jsonl');
    expect(t.fatal).toBe(false);
    expect(t.records.map((r) => r.line)).toEqual([1, 2, 4, 5]);
    expect(t.badLines).toEqual(new Set([2, 5]));
    expect(t.problems.map((p) => [p.code, p.line])).toEqual([['JSON_SYNTAX', 2], ['JSON_NOT_OBJECT', 5]]);
  });
  it('names where a JSON file is broken', async () => {
    const t = await readTable(Buffer.from('[\n {"name": "王芳"},\n {"name": "李强" "body": "x"}\n]'), 'x.json', { mappedHeaders: [] });
    expect(t.fatal).toBe(true);
    expect(t.problems[0]!.message).toMatch(/x\.json is not valid JSON \(line 3, column \d+\)/);
    const single = await readTable(Buffer.from('{"name": "王芳"}'), 'one.json', { mappedHeaders: [] });
    expect(single.problems[0]!.code).toBe('JSON_NOT_LIST');
  });
});

describe('the file itself', () => {
  it('refuses a file over the size limit from its size alone', async () => {
    const dir = fs.mkdtempSync(path.join(path.dirname(FIX), '..', '..', 'node_modules', '.hak-big-'));
    const big = path.join(dir, 'big.csv');
    try {
      const fd = fs.openSync(big, 'w');
      fs.writeSync(fd, '姓名\n');
      fs.ftruncateSync(fd, 100 * 1024 * 1024);
      fs.closeSync(fd);
      const e = await errorOf(() => loadSource({ path: big }));
      expect(e.code).toBe('IMPORT_TOO_LARGE');
      expect(e.message).toMatch(/big\.csv is 100 MB; one import may be at most 64 MB\. Split it/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('names pictures, PDFs and zips given as the spreadsheet', async () => {
    for (const [bytes, name] of [[fs.readFileSync(path.join(FIX, 'photos', '王芳.jpg')), 'a.csv'], [Buffer.from('%PDF-1.4'), 'a.pdf']] as const) {
      expect((await errorOf(readTable(bytes, name, { mappedHeaders: [] }))).code).toBe('IMPORT_FORMAT');
    }
  });
});
