import { describe, expect, it } from 'vitest';
import type { ImportProblem, LintFinding } from '../../../../archive/api/contract';
import { backupReasonText, blockingFindings, errorSentence, errorText, fieldErrorText, fieldErrorTexts, fill, findingPlaceText, findingText, headerLabel, problemPlace, problemSentence, problemText } from '../i18n/engine/format';
import { zhEngine } from '../i18n/engine/zh';
import { fieldErrorsOf, localFieldErrors } from '../lib/field-messages';

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

  it('words field problems by their key and values, beside the field', () => {
    expect(fieldErrorText({ key: 'too-long', params: { max: 200 }, message: 'Too big: expected string to have <=200 characters' }, zh)).toBe('内容太长，最多 200 个字。');
    expect(fieldErrorText({ key: 'too-small', params: { min: 1800 }, message: 'Too small' }, en)).toBe('Too small: at least 1800.');
    expect(fieldErrorText({ key: 'something-new', params: {}, message: 'Something new.' }, zh)).toBe('Something new.');
    const e = { code: 'INVALID', message: 'The exhibit cannot be saved yet: …', details: { fields: { 'name.zh': { key: 'name-missing', params: {}, message: 'x' }, 'date.start': { key: 'date-form.month', params: {}, message: 'y' } } } };
    const text = { fieldErrors: (x: unknown) => fieldErrorTexts(x, zh), errorLine: (x: unknown) => errorSentence(x, zh) };
    expect(fieldErrorsOf(e, text)).toEqual({ name: '请填写中文姓名或中文标题（至少一项）。', 'date.start': '精度为“年月”时，请写成 1950-10 这样的格式。' });
    expect(localFieldErrors({ code: 'BAD_INPUT', message: 'Invalid input' }, text, 'pin')).toEqual({ pin: '填写的内容不符合要求，请检查后再试。' });
  });

  it('lists what blocks publishing with where it is and what to do', () => {
    const finding = (f: Partial<LintFinding>): LintFinding => ({ key: '0'.repeat(20), rule: 'contains-phone', severity: 'block', entity: 'exhibit', entityId: '7', exhibitId: 7, label: '巴特尔', field: 'body', lang: 'zh', detail: null, params: { token: '13812345678' }, message: 'English.', excerpt: null, range: null, token: null, suggestion: null, waiver: null, ...f });
    const e = { code: 'PUBLISH_BLOCKED', message: 'Saved as a draft …', details: { detail: 'saved-as-draft', params: { count: 2 }, savedAsDraft: true, findings: [finding({}), finding({ rule: 'photo-undescribed', entity: 'media', entityId: 'a'.repeat(64), field: 'alt', params: {} })] } };
    expect(errorText(e, zh)).toEqual({ message: '已保存为草稿，但没有发布：内容检查发现 2 个会阻止发布的问题。', suggestion: '请逐条改正后再点“发布”；如果某条确有理由保留，可以到“内容检查”页写明理由后豁免。' });
    const [phone, photo] = blockingFindings(e);
    expect(findingPlaceText(phone!, zh)).toBe('事迹');
    expect(findingPlaceText({ ...phone!, lang: 'en' }, zh)).toBe('事迹（英文）');
    expect(findingPlaceText(photo!, zh, () => 2)).toBe('第 2 张照片');
    expect(findingPlaceText({ ...photo!, rule: 'contains-url', field: 'caption' }, { ...zh, fieldLabel: (f) => (f === 'caption' ? '说明' : f) }, () => 1)).toBe('第 1 张照片·说明');
    expect(findingText(phone!, zh)).toEqual({ message: '含有电话号码（13812345678）。', suggestion: '请删掉：公共展示屏上不应出现电话号码。' });
    expect(blockingFindings({ code: 'INVALID', message: 'x', details: { findings: [finding({})] } })).toEqual([]);
  });

  it('words a backup’s reason from its values', () => {
    expect(backupReasonText({ reason: 'before-import', reasonParams: { file: '名单.csv' } }, zh)).toBe('导入“名单.csv”前自动备份');
    expect(backupReasonText({ reason: 'before-restore', reasonParams: { backup: '20261130T042000Z-ab12cd', createdAt: '2026-11-30T04:20:00Z' } }, en)).toMatch(/^Automatic, before restoring the backup of 30 Nov 2026, \d\d:20$/);
    expect(backupReasonText({ reason: 'before-import', reasonParams: {} }, zh)).toBeNull();
    expect(backupReasonText({ reason: 'manual', reasonParams: {} }, zh)).toBeNull();
  });
});
