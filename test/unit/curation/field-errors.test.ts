// Refusals the workspace shows beside a field or above a form travel as keys and values, never as English
// words for the screen to recognise: every rule of the schemas has its key, and real refusals read as Chinese.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExhibitInput, PublishBlockedDetails, WorkspaceSettings, type FieldErrors } from '../../../archive/api/contract';
import fs from 'node:fs';
import { listBackups, restoreBackup } from '../../../archive/backup';
import { backupFiles } from '../../../archive/backup/paths';
import { CollectionInput } from '../../../archive/content/collection-write';
import { zodFieldProblem } from '../../../archive/curation/field-errors';
import { applyImport } from '../../../archive/import';
import { errorText, fieldErrorText, findingPlaceText, findingText, backupReasonText, type TextContext } from '../../../renderer/src/curator/i18n/engine/format';
import { fixture } from '../import/archive-fixture';
import { ADMIN_PIN, makeHarness, seedCurators, type Harness } from './harness';

const zh: TextContext = { lang: 'zh', fieldLabel: (f) => ({ body: '事迹', name: '姓名', alt: '替代文字' })[f] ?? f };
const HAN = /\p{Script=Han}/u;

const keysOf = (r: { success: boolean; error?: { issues: Parameters<typeof zodFieldProblem>[0][] } }) => (r.success ? [] : r.error!.issues.map((i) => [i.path.join('.'), zodFieldProblem(i).key]));

describe('the schemas’ rules as field problems', () => {
  const base = { uid: 'x', collection: 'heroes', name: '王芳' };
  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ['no name or title', { name: '', title: '' }, [['name', 'name-missing']]],
    ['death before birth', { birthYear: 1950, deathYear: 1940 }, [['deathYear', 'death-before-birth']]],
    ['a year out of range', { birthYear: 1700 }, [['birthYear', 'too-small']]],
    ['a year that is not whole', { birthYear: 1950.5 }, [['birthYear', 'not-whole-number']]],
    ['a date without a start', { date: { precision: 'year', start: null, end: null } }, [['date', 'date-needs-start']]],
    ['an end without a range', { date: { precision: 'year', start: '1950', end: '1951' } }, [['date', 'only-range-end']]],
    ['a range ending first', { date: { precision: 'range', start: '1955', end: '1950' } }, [['date.end', 'range-order']]],
    ['a badly written date', { date: { precision: 'year', start: '50年', end: null } }, [['date.start', 'date-pattern'], ['date.start', 'date-form.year']]],
    ['a day that does not exist', { date: { precision: 'day', start: '1950-02-30', end: null } }, [['date.start', 'date-not-real']]],
    ['a month written as a year', { date: { precision: 'month', start: '1950', end: null } }, [['date.start', 'date-form.month']]],
    ['a year written as a day', { date: { precision: 'year', start: '1950-01-01', end: null } }, [['date.start', 'date-form.year']]],
    ['a day written as a month', { date: { precision: 'day', start: '1950-01', end: null } }, [['date.start', 'date-form.day']]],
    ['a cover that is not a photo', { cover: 'a'.repeat(64) }, [['cover', 'cover-not-photo']]],
    ['too many tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, [['tags', 'too-many']]],
    ['a rights note too long', { rights: 'x'.repeat(1001) }, [['rights', 'too-long']]],
    ['a kind that does not exist', { kind: 'robot' }, [['kind', 'not-an-option']]],
    ['a field that does not exist', { colour: 'red' }, [['', 'unknown-field']]],
    ['an empty key', { uid: '   ' }, [['uid', 'required']]],
  ])('%s', (_what, patch, want) => {
    expect(keysOf(ExhibitInput.safeParse({ ...base, ...patch }))).toEqual(want);
  });

  it('collections and kiosk settings', () => {
    expect(keysOf(CollectionInput.safeParse({ slug: 'Heroes!', title: '英模' }))).toEqual([['slug', 'slug-pattern']]);
    const settings = { kiosk: { idleSeconds: 5, countdownSeconds: 20, defaultLang: 'zh', attractCollections: [], openingHours: { open: '08:00', close: '18:00' } }, curatorIdleMinutes: Number.NaN };
    expect(keysOf(WorkspaceSettings.safeParse(settings))).toEqual([
      ['kiosk.idleSeconds', 'too-small'],
      ['curatorIdleMinutes', 'not-number'],
    ]);
  });
});

describe('refusals through the API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = makeHarness();
    await seedCurators(h);
    await h.ok('curatorLogin', { pin: ADMIN_PIN });
  });
  afterEach(() => h.cleanup());

  const fieldsOf = async (method: string, input: unknown): Promise<{ code: string; fields: FieldErrors }> => {
    const r = await h.call(method, input);
    if (r.ok) throw new Error(`${method} was not refused`);
    return { code: r.error.code, fields: (r.error.details?.fields ?? {}) as FieldErrors };
  };

  it('an exhibit form: each field’s problem by key and values, worded in Chinese by the workspace', async () => {
    const { code, fields } = await fieldsOf('saveExhibit', {
      id: null,
      baseUpdatedAt: null,
      exhibit: { collection: 'heroes', name: '', title: '', birthYear: 1990, deathYear: 1950, unit: 'x'.repeat(2001), date: { precision: 'month', start: '1950', end: null } },
      photos: [],
    });
    expect(code).toBe('INVALID');
    expect(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [v.key, v.params]]))).toMatchObject({ name: ['name-missing', {}], deathYear: ['death-before-birth', {}], 'date.start': ['date-form.month', {}] });
    for (const v of Object.values(fields)) {
      expect(fieldErrorText(v, zh)).toMatch(HAN);
      expect(fieldErrorText(v, zh)).not.toMatch(/\{\{/);
    }
  });

  it('kiosk settings out of range are refused beside their fields, not as one bad call', async () => {
    const s = await h.ok<Record<string, unknown> & { kiosk: Record<string, unknown> }>('getWorkspaceSettings', {});
    const { code, fields } = await fieldsOf('saveWorkspaceSettings', { ...s, kiosk: { ...s.kiosk, idleSeconds: 3, openingHours: { open: '18:00', close: '08:00' } } });
    expect(code).toBe('INVALID');
    expect(fields['kiosk.idleSeconds']).toMatchObject({ key: 'too-small', params: { min: 10 } });
    expect(fieldErrorText(fields['kiosk.idleSeconds'], zh)).toBe('数值太小，最小为 10。');
    const hours = await fieldsOf('saveWorkspaceSettings', { ...s, kiosk: { ...s.kiosk, openingHours: { open: '18:00', close: '08:00' } } });
    expect(fieldErrorText(hours.fields['kiosk.openingHours'], zh)).toBe('关门时间必须晚于开门时间。');
    expect(await h.call('saveWorkspaceSettings', [])).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('collections, curators and PINs', async () => {
    const taken = await fieldsOf('saveCollection', { originalSlug: null, baseUpdatedAt: null, collection: { slug: 'heroes', layout: 'portraits', title: { zh: '重复' }, description: { zh: '' }, hidden: false, cover: null, needsReview: [] } });
    expect(fieldErrorText(taken.fields.slug, zh)).toBe('网址名“heroes”已被别的展区使用。');
    const pin = await fieldsOf('addCurator', { name: '王老师', role: 'curator', pin: '111111' });
    expect(pin.code).toBe('PIN_TOO_SIMPLE');
    expect(fieldErrorText(pin.fields.pin, zh)).toMatch(/^这个 PIN 太容易被猜到/);
    const name = await fieldsOf('addCurator', { name: '小林', role: 'curator', pin: '480271' });
    expect(fieldErrorText(name.fields.name, zh)).toBe('已经有一位叫“小林”的策展人。');
    const wrong = await fieldsOf('curatorChangePin', { currentPin: '000001', newPin: '480271' });
    expect(wrong).toMatchObject({ code: 'WRONG_PIN', fields: { currentPin: { key: 'pin-wrong' } } });
  });

  it('a refused publication carries each finding, so the workspace can say where it is and what to do', async () => {
    const r = await h.call('saveExhibit', {
      id: null,
      baseUpdatedAt: null,
      exhibit: { collection: 'heroes', name: '巴特尔', status: 'published', body: '长期驻守边境。了解详情请致电 13812345678。' },
      photos: [],
    });
    if (r.ok) throw new Error('published');
    expect(r.error.code).toBe('PUBLISH_BLOCKED');
    const details = PublishBlockedDetails.parse(r.error.details);
    expect(details).toMatchObject({ detail: 'saved-as-draft', savedAsDraft: true, params: { count: details.findings.length } });
    expect(errorText(r.error, zh).message).toBe(`已保存为草稿，但没有发布：内容检查发现 ${details.findings.length} 个会阻止发布的问题。`);
    const phone = details.findings.find((f) => f.rule === 'contains-phone')!;
    expect(`${findingPlaceText(phone, zh)}：${findingText(phone, zh).message}`).toBe('事迹：含有电话号码（13812345678）。');
    expect(findingText(phone, zh).suggestion).toMatch(HAN);
  });
});

describe('backup reasons', () => {
  let h: Harness;
  beforeEach(async () => {
    h = makeHarness();
    await seedCurators(h);
  });
  afterEach(() => h.cleanup());

  it('say what an automatic backup was taken before, in values the workspace words, and in English for the CLI', async () => {
    const result = await applyImport(h.archive, { source: { path: fixture('veterans-gbk.csv') }, photos: { dir: fixture('photos') }, collection: 'heroes' }, 'test', { inline: true, skipRejected: true });
    expect(result.backup).toMatchObject({ reason: 'before-import', reasonParams: { file: 'veterans-gbk.csv' }, label: 'before importing veterans-gbk.csv' });
    expect(backupReasonText(result.backup, zh)).toBe('导入“veterans-gbk.csv”前自动备份');
    const restored = await restoreBackup(h.archive, result.backup.id, 'test', { inline: true });
    expect(restored.safetyBackup).toMatchObject({ reason: 'before-restore', reasonParams: { backup: result.backup.id, createdAt: result.backup.createdAt } });
    expect(listBackups(h.archive.root).map((b) => b.reason).sort()).toEqual(['before-import', 'before-restore']);
  });

  it('reads the values of backups written before reasons carried them back from their English label', async () => {
    const { backup } = await applyImport(h.archive, { source: { path: fixture('veterans-gbk.csv') }, photos: { dir: fixture('photos') }, collection: 'heroes' }, 'test', { inline: true, skipRejected: true });
    const { safetyBackup } = await restoreBackup(h.archive, backup.id, 'test', { inline: true });
    for (const b of [backup, safetyBackup]) {
      const meta = backupFiles(h.archive.root, b.id).meta;
      const old = JSON.parse(fs.readFileSync(meta, 'utf8')) as Record<string, unknown>;
      delete old.reasonParams;
      fs.writeFileSync(meta, JSON.stringify(old));
    }
    const list = listBackups(h.archive.root);
    const before = list.find((b) => b.reason === 'before-import');
    const restore = list.find((b) => b.reason === 'before-restore');
    expect(before!.reasonParams).toEqual({ file: 'veterans-gbk.csv' });
    expect(restore!.reasonParams).toEqual({ backup: backup.id, createdAt: `${backup.createdAt.slice(0, 19)}Z` });
  });
});
