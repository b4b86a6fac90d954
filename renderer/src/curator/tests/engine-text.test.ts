import { describe, expect, it } from 'vitest';
import type { ImportProblem, LintFinding } from '../../../../archive/api/contract';
import { errorSentence, errorText, fill, findingText, headerLabel, problemPlace, problemSentence, problemText } from '../i18n/engine/format';
import { zhEngine } from '../i18n/engine/zh';
import { localiseFieldMessage } from '../lib/field-messages';

const zh = { lang: 'zh' as const, fieldLabel: (f: string) => ({ birthYear: '出生年份', name: '姓名', body: '事迹' })[f] ?? f };
const en = { lang: 'en' as const, fieldLabel: (f: string) => ({ birthYear: 'Year of birth', name: 'Name', body: 'Story' })[f] ?? f };

function problem(p: Partial<ImportProblem>): ImportProblem {
  return { severity: 'error', code: 'X', detail: null, params: {}, line: null, column: null, field: null, value: null, message: 'English.', suggestion: null, ...p };
}

describe('engine texts in the curator’s language', () => {
  it('says where, what and what to do', () => {
    const p = problem({ code: 'BAD_YEAR', detail: 'unreadable', line: 12, column: '出生年份', field: 'birthYear', value: '1950年10月?', params: { value: '1950年10月?' } });
    expect(problemSentence(p, 'csv', zh)).toEqual({ message: '第 12 行“出生年份”列：“1950年10月?”无法识别为年份。', suggestion: '请写成 1950 或 1950年。' });
    expect(problemSentence(p, 'xlsx', en).message).toBe('Row 12, column “出生年份”: “1950年10月?” is not a year this importer can read.');
    expect(problemPlace({ line: 3, column: null, field: 'name.en' }, 'json', zh)).toBe('第 3 条“姓名（英文）”');
    expect(problemPlace({ line: 9, column: '(column K)', field: null }, 'csv', zh)).toBe('第 9 行第 K 列');
    expect(headerLabel('(column E)', 'en')).toBe('column E');
  });

  it('joins lists and names codes the language’s way', () => {
    expect(fill('{{fields}}；{{rules}}；{{lang}}；{{max}}', { fields: 'name,body', rules: ['contains-phone', 'contains-url'], lang: 'en', max: 250000 }, zhEngine, zh)).toBe('姓名、事迹；含有电话号码、含有网址；英文；250,000');
  });

  it('speaks a text-rule problem in an imported row like the finding, and a refused photo like the media store', () => {
    expect(problemText(problem({ code: 'LINT_CONTAINS_PHONE', params: { token: '13812345678' } }), zh).message).toBe('含有电话号码（13812345678）。不修改或豁免就不能发布。');
    expect(problemText(problem({ code: 'PHOTO_REFUSED', params: { file: 'a.svg', refusal: 'MEDIA_SVG' } }), zh)).toEqual({ message: '“a.svg”是 SVG 矢量图。矢量图可能带有脚本，一律不收录。', suggestion: '请导出为 PNG 后再添加。' });
  });

  it('keeps the engine’s English for a code it does not know, rather than showing nothing', () => {
    expect(problemText(problem({ code: 'SOMETHING_NEW', message: 'Something new.', suggestion: 'Do this.' }), zh)).toEqual({ message: 'Something new.', suggestion: 'Do this.' });
    const f = { rule: 'contains-url', detail: null, params: { token: 'x.com' }, message: 'Body: contains a web address (x.com).', suggestion: null } as Pick<LintFinding, 'rule' | 'detail' | 'params' | 'message' | 'suggestion'>;
    expect(findingText(f, zh).message).toBe('含有网址（x.com）。');
  });

  it('words refusals by their code and values', () => {
    const e = { code: 'IMPORT_TOO_LARGE', message: 'big.csv is 100 MB; …', details: { file: 'big.csv', params: { file: 'big.csv', size: '100 MB', limit: '64 MB' } } };
    expect(errorSentence(e, zh)).toBe('“big.csv”有 100 MB，一次导入最多 64 MB。请拆分成几个较小的文件（例如按年份或部队），逐个导入。');
    expect(errorText({ code: 'UPLOAD_UNKNOWN', message: 'That upload is not waiting here any more.' }, zh).message).toBe('这次上传已经失效（可能已过期），请重新添加文件。');
    expect(errorText({ code: 'UPLOAD_UNKNOWN', message: 'That upload is not waiting here any more.' }, en).message).toBe('That upload is not waiting here any more.');
    expect(errorText(new Error('boom'), zh).message).toBe('boom');
  });

  it('puts schema limits into Chinese', () => {
    expect(localiseFieldMessage('Too big: expected string to have <=200 characters', 'zh')).toBe('内容太长，最多 200 个字');
    expect(localiseFieldMessage('Too small: expected number to be >=1800', 'mn')).toBe('数值太小，最小为 1800');
    expect(localiseFieldMessage('Too small: expected number to be >=1800', 'en')).toBe('Too small: expected number to be >=1800');
  });
});
