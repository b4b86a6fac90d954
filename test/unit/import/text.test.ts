import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseForExport } from '../../../archive/import/normalise/formula';
import { cellText, halfWidthAlnum, normaliseText, splitListCell } from '../../../archive/import/normalise/text';
import { chineseNumeralsToArabic } from '../../../archive/import/normalise/chinese-numerals';

describe('normaliseText', () => {
  it('trims, converts full-width digits and letters, keeps Chinese punctuation', () => {
    expect(normaliseText('\u3000 王芳，１９５０年生于ＡＢＣ村。 ')).toBe('王芳，1950年生于ABC村。');
    expect(halfWidthAlnum('ｗｗｗ')).toBe('www');
  });
  it('removes invisible and control characters and unifies newlines', () => {
    expect(normaliseText('王\u200B芳\u00AD\r\n事迹\u0007')).toBe('王芳\n事迹');
    expect(normaliseText('a\u00A0b')).toBe('a b');
  });
  it('reads spreadsheet values as text', () => {
    expect(cellText(1950)).toBe('1950');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date(Date.UTC(1950, 9, 1)))).toBe('1950-10-01');
    expect(cellText(Number.NaN)).toBe('');
  });
  it('splits list cells on Chinese and Western separators', () => {
    expect(splitListCell('抗洪，工兵；边防、 英模|烈士\n军属')).toEqual(['抗洪', '工兵', '边防', '英模', '烈士', '军属']);
  });
  it('turns Chinese numerals into digits the way dates use them', () => {
    expect(chineseNumeralsToArabic('一九五〇年十月二十一日')).toBe('1950年10月21日');
    expect(chineseNumeralsToArabic('二〇〇八年')).toBe('2008年');
  });
});

describe('formula cells', () => {
  it('recognises what a spreadsheet would execute', () => {
    for (const s of ["=cmd|' /C calc'!A0", '=1+1', '+SUM(A1:A3)', '@SUM(1)', '-HYPERLINK("x")', " =cmd|'x'!A1"]) expect(looksLikeFormula(s)).toBe(true);
  });
  it('leaves ordinary text alone', () => {
    for (const s of ['-在边防坚守', '-5°C', '+86 是区号', '王芳', '1950-10', '@某部']) expect(looksLikeFormula(s)).toBe(false);
  });
  it('neutralises any cell that starts like a formula on export', () => {
    expect(neutraliseForExport("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseForExport('-在边防坚守')).toBe("'-在边防坚守");
    expect(neutraliseForExport('王芳')).toBe('王芳');
  });
});
