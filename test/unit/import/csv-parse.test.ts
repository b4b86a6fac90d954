import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../../archive/import/source/csv-parse';

describe('parseCsv', () => {
  it('reads quoted cells with separators, doubled quotes and newlines, keeping each record’s line', () => {
    const r = parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",z\n\n3,,\n', ',');
    expect(r.ok).toBe(true);
    expect(r.records.map((x) => [x.line, x.cells])).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x, y', 'say "hi"']],
      [3, ['2', 'two\nlines', 'z']],
      [6, ['3', '', '']],
    ]);
    expect(r.records[2]!.spans).toEqual([1, 2, 1]);
  });
  it('keeps a stray quote inside an unquoted cell, as Excel does', () => {
    const r = parseCsv('身高,5\'3"\n', ',');
    expect(r.records[0]!.cells).toEqual(['身高', '5\'3"']);
  });
  it('reports an unclosed quote with the line it opened on', () => {
    const r = parseCsv('a,b\n1,2\n3,"open\n4,5\n', ',');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.unclosedQuoteLine).toBe(3);
  });
  it('handles a last line without a newline and lone CR line ends', () => {
    expect(parseCsv('a,b\r1,2', ',').records.map((x) => x.cells)).toEqual([['a', 'b'], ['1', '2']]);
  });
  it('survives hostile input', () => {
    expect(parseCsv('', ',').records).toEqual([]);
    expect(parseCsv('"'.repeat(10001), ',').ok).toBe(false);
    expect(parseCsv(','.repeat(100000), ',').records[0]!.cells.length).toBe(100001);
    expect(parseCsv('\u0000,\uFFFF\n', ',').records[0]!.cells).toEqual(['\u0000', '\uFFFF']);
  });
});

describe('sniffDelimiter', () => {
  it('finds the separator that splits lines consistently', () => {
    expect(sniffDelimiter('姓名,籍贯,民族\n王芳,赤峰,蒙古族\n')).toBe(',');
    expect(sniffDelimiter('姓名;籍贯;事迹\n王芳;赤峰;"抗洪, 抢险"\n')).toBe(';');
    expect(sniffDelimiter('姓名\t籍贯\n王芳\t赤峰\n')).toBe('\t');
    expect(sniffDelimiter('姓名|籍贯\n王芳|赤峰\n')).toBe('|');
    expect(sniffDelimiter('only one column\nrow\n')).toBe(',');
  });
});
