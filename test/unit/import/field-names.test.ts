import { describe, expect, it } from 'vitest';
import { fieldForHeader, headerKey } from '../../../archive/import/mapping/field-names';
import { parseMapOption, parseMappingFile } from '../../../archive/import/mapping/parse-map-option';
import { resolveColumns } from '../../../archive/import/mapping/resolve-columns';
import { isArchiveError } from '../../../archive/errors';

describe('fieldForHeader', () => {
  it.each([
    ['姓名', 'name'], ['姓名（必填）', 'name'], ['*姓名', 'name'], [' Name ', 'name'], ['出生年份', 'birthYear'], ['籍贯', 'hometown'], ['民族', 'ethnicity'],
    ['部队', 'unit'], ['荣誉', 'honours'], ['事迹', 'body'], ['照片', 'photos'], ['照片文件名', 'photos'], ['编号', 'uid'], ['标签', 'tags'],
    ['英文姓名', 'name.en'], ['姓名（英文）', 'name.en'], ['name_en', 'name.en'], ['Name (EN)', 'name.en'], ['English name', 'name.en'], ['蒙古文姓名', 'name.mn'],
    ['事迹[mn]', 'body.mn'], ['序号', 'ignore'], ['birthYear', 'birthYear'], ['photoCaption', 'photoCaption'], ['图片说明', 'photoCaption'],
  ])('%s → %s', (header, field) => expect(fieldForHeader(header)).toBe(field));
  it('does not guess at unknown headers', () => {
    for (const h of ['入伍时间', 'dynasty', 'author', '', '   ', 'garden', 'column']) expect(fieldForHeader(h)).toBeNull();
  });
  it('normalises full-width forms and markers', () => {
    expect(headerKey('ＮＡＭＥ：')).toBe('name');
  });
});

describe('mappings', () => {
  it('reads --map field=column as the issue writes it', () => {
    expect(parseMapOption('title=title,name=author,body=text,tags=dynasty')).toEqual({ title: 'title', author: 'name', text: 'body', dynasty: 'tags' });
    expect(parseMapOption('body=事迹\\,简介')).toEqual({ '事迹,简介': 'body' });
  });
  it('refuses malformed parts with the part named', () => {
    expect(() => parseMapOption('name')).toThrow(/"name" in --map is not field=column/);
    expect(() => parseMapOption('name=a,title=a')).toThrow(/mapped twice/);
  });
  it('reads mapping files as JSON or as lines', () => {
    expect(parseMappingFile('{"作者": "name"}', 'm.json')).toEqual({ 作者: 'name' });
    expect(parseMappingFile('# poems\nname=作者\nbody=正文\n', 'm.txt')).toEqual({ 作者: 'name', 正文: 'body' });
    expect(() => parseMappingFile('{"a": 1}', 'm.json')).toThrow(/must be text/);
  });
  it('resolves columns: the mapping first, names next, unknown ones reported', () => {
    const { columns, problems } = resolveColumns(['author', 'title', '入伍时间', '姓名'], { author: 'name' });
    expect(columns.map((c) => [c.field, c.by])).toEqual([['name', 'mapping'], ['title', 'name'], [null, 'unknown'], ['name', 'name']]);
    expect(problems.map((p) => p.code).sort()).toEqual(['COLUMN_REPEATED', 'COLUMN_UNKNOWN']);
  });
  it('refuses a mapping to an unknown field or a missing column', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isArchiveError(e) ? e.message : String(e);
      }
      return 'no error';
    };
    expect(err(() => resolveColumns(['a'], { a: 'nmae' }))).toMatch(/"nmae", which is not a field/);
    expect(err(() => resolveColumns(['a'], { b: 'name' }))).toMatch(/column "b" that the file does not have/);
  });
});
