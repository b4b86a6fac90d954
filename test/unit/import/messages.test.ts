// Every text the engine can send a curator (import problems, refusals of a file or a photo, content check
// findings and notes, problems of form fields, refused publications, reasons of backups) has a Chinese and an
// English text in the workspace, keyed by the same code; the producers only use listed keys; and real
// reports read as Chinese with every value filled in.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BackupReason,
  FIELD_ERROR_KEYS,
  IMPORT_ERROR_KEYS,
  IMPORT_PROBLEM_KEYS,
  LINT_ERROR_KEYS,
  LINT_FINDING_KEYS,
  LINT_NOTE_KEYS,
  LintRule,
  MEDIA_ERROR_KEYS,
  PUBLISH_BLOCKED_KEYS,
  type ImportPlanReport,
} from '../../../archive/api/contract';
import { SCHEMA_RULES } from '../../../archive/api/contract/schema-rules';
import { isArchiveError } from '../../../archive/errors';
import { planImport, type ImportRequest } from '../../../archive/import';
import { importKeyOf } from '../../../archive/import/plan/lint-row';
import { scanText } from '../../../archive/lint/text/scan-text';
import { sniffRaster } from '../../../archive/media/sniff';
import { enEngine } from '../../../renderer/src/curator/i18n/engine/en';
import { errorText, findingKeyOfImport, findingText, problemSentence, type TextContext } from '../../../renderer/src/curator/i18n/engine/format';
import type { EngineCatalog, EngineText } from '../../../renderer/src/curator/i18n/engine/types';
import { zhEngine } from '../../../renderer/src/curator/i18n/engine/zh';
import { fixture, newArchive } from './archive-fixture';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CATALOGS: [string, EngineCatalog][] = [
  ['zh', zhEngine],
  ['en', enEngine],
];
const HAN = /\p{Script=Han}/u;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const holes = (t: EngineText | string) => [...new Set([...(typeof t === 'string' ? t : `${t.message} ${t.suggestion ?? ''}`).matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();

/** The table a key's text lives in, per kind of key. */
const TABLES: { name: string; keys: readonly string[]; table: (c: EngineCatalog) => Record<string, EngineText | string>; key?: (k: string) => string }[] = [
  { name: 'import problems', keys: IMPORT_PROBLEM_KEYS.filter((k) => !k.startsWith('LINT_')), table: (c) => c.problems },
  { name: 'import problems from the text rules', keys: IMPORT_PROBLEM_KEYS.filter((k) => k.startsWith('LINT_')), table: (c) => c.findings, key: (k) => findingKeyOfImport(k) ?? k },
  { name: 'import refusals', keys: IMPORT_ERROR_KEYS, table: (c) => c.importErrors },
  { name: 'photo refusals', keys: MEDIA_ERROR_KEYS, table: (c) => c.media },
  { name: 'content check findings', keys: LINT_FINDING_KEYS, table: (c) => c.findings },
  { name: 'content check notes', keys: LINT_NOTE_KEYS, table: (c) => c.notes },
  { name: 'content check refusals', keys: LINT_ERROR_KEYS, table: (c) => c.lintErrors },
  { name: 'rule names', keys: LintRule.options, table: (c) => c.rules },
  { name: 'field problems', keys: FIELD_ERROR_KEYS, table: (c) => c.fieldErrors },
  { name: 'refused publications', keys: PUBLISH_BLOCKED_KEYS, table: (c) => c.publishBlocked },
  { name: 'backup reasons', keys: BackupReason.options.filter((r) => r !== 'manual'), table: (c) => c.backupReasons },
];

function sources(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) out.push({ file: path.relative(ROOT, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(ROOT, dir));
  return out;
}
const ENGINE = [...sources('archive/import'), ...sources('archive/lint'), ...sources('archive/media')];
const CURATION = sources('archive/curation');
/** --map and --map-file are typed by whoever runs the CLI, which stays English. */
const CLI_ONLY = new Set(['archive/import/mapping/parse-map-option.ts', 'archive/import/report-text.ts', 'archive/import/cli-actor.ts']);

describe('the workspace has a text for every code the engine emits', () => {
  for (const { name, keys, table, key } of TABLES) {
    it(`${name}: Chinese and English, with the same values to fill`, () => {
      const missing: string[] = [];
      for (const k of keys) {
        const texts = CATALOGS.map(([lang, c]) => [lang, table(c)[key ? key(k) : k]] as const);
        for (const [lang, t] of texts) if (!t || !(typeof t === 'string' ? t : t.message).trim()) missing.push(`${lang}: ${k}`);
        const [zh, en] = texts.map(([, t]) => t);
        if (zh && en) expect(holes(zh), k).toEqual(holes(en));
        if (zh) expect(typeof zh === 'string' ? zh : zh.message, `${k} reads as Chinese`).toMatch(HAN);
      }
      expect(missing).toEqual([]);
    });
  }

  it('has no text for a key the engine no longer emits', () => {
    for (const [lang, c] of CATALOGS) {
      for (const { keys, table, key } of TABLES) {
        const wanted = new Set(keys.map((k) => (key ? key(k) : k)));
        if (table(c) === c.findings) LINT_FINDING_KEYS.forEach((k) => wanted.add(k));
        const stale = Object.keys(table(c)).filter((k) => !wanted.has(k) && !(table(c) === c.problems && k === 'PHOTO_REFUSED'));
        expect(stale, lang).toEqual([]);
      }
    }
  });

  it('turns every text-rule finding into an import problem key that is listed', () => {
    const text = LINT_FINDING_KEYS.filter((k) => /^(hidden-characters|contains-|injected-|repeated-|mixed-script)/.test(k));
    for (const k of text) expect(IMPORT_PROBLEM_KEYS as readonly string[]).toContain(importKeyOf(k as Parameters<typeof importKeyOf>[0]));
  });

  it('lets the producers emit listed keys only, and refuse with coded errors only', () => {
    const listed = new Set<string>([...IMPORT_PROBLEM_KEYS, ...IMPORT_ERROR_KEYS, ...MEDIA_ERROR_KEYS, ...LINT_FINDING_KEYS, ...LINT_ERROR_KEYS]);
    const unlisted: string[] = [];
    const bare: string[] = [];
    for (const { file, text } of ENGINE) {
      // Keys handed to the helpers that build problems, refusals and findings.
      const helpers = file.startsWith('archive/lint/text/') ? /(?:\bpush\()'([A-Za-z_][A-Za-z0-9_.-]*)'/g : /(?:\bkey: |importError\(|mediaRefusal\(|lintError\(|said\(|\bblock\(|\badd\('(?:error|warning|info)', )'([A-Za-z_][A-Za-z0-9_.-]*)'/g;
      for (const m of text.matchAll(helpers)) {
        if (!listed.has(m[1]!) && !LINT_NOTE_KEYS.includes(m[1] as never)) unlisted.push(`${file}: ${m[1]}`);
      }
      if (CLI_ONLY.has(file)) continue;
      for (const m of text.matchAll(/new ArchiveError\('([A-Z_]+)'/g)) bare.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/problem\(\{[^}]*\bcode: /g)) bare.push(`${file}: ${m[0]}`);
    }
    expect(unlisted).toEqual([]);
    expect(bare).toEqual([]);
  });

  it('lets the workspace’s writers name field problems by listed keys only, never by their words', () => {
    const listed = new Set<string>(FIELD_ERROR_KEYS);
    const unlisted: string[] = [];
    const worded: string[] = [];
    for (const { file, text } of CURATION) {
      for (const m of text.matchAll(/fieldProblem\('([A-Za-z0-9_.-]+)'/g)) if (!listed.has(m[1]!)) unlisted.push(`${file}: ${m[1]}`);
      // details.fields built by hand ({ fields: { name: 'A curator name is …' } }) would reach the screen in English.
      for (const m of text.matchAll(/fields: \{[^}]*?:\s*['`"]/g)) worded.push(`${file}: ${m[0]}`);
    }
    expect(unlisted).toEqual([]);
    expect(worded).toEqual([]);
    const used = CURATION.map((s) => s.text).join('\n');
    // The PIN policy table's keys are emitted indirectly; the schemas' rules by their key (a date form by its precision).
    const byRules = new Set<string>(SCHEMA_RULES.flatMap((r) => (r === 'date-form' ? ['year', 'month', 'day'].map((p) => `${r}.${p}`) : [r])));
    const never = FIELD_ERROR_KEYS.filter((k) => !used.includes(`'${k}'`) && !byRules.has(k));
    expect(never).toEqual([]);
  });

  it('lists no key that no producer can emit', () => {
    const all = ENGINE.map((s) => s.text).join('\n');
    const produced = (k: string) => {
      if (all.includes(`'${k}'`)) return true;
      const [code, detail] = k.split('.');
      // Families built from a reader's detail: `BAD_DATE.${p.detail}`, `PHOTO_SKIPPED.${s.why}` …
      if (detail && all.includes(`\`${code}.\${`)) return all.includes(`'${detail}'`);
      return k.startsWith('LINT_') || LINT_FINDING_KEYS.includes(k as never);
    };
    const never = [...IMPORT_PROBLEM_KEYS, ...IMPORT_ERROR_KEYS, ...MEDIA_ERROR_KEYS, ...LINT_ERROR_KEYS].filter((k) => !produced(k));
    expect(never).toEqual([]);
  });
});

describe('real reports read as Chinese', () => {
  let env: ReturnType<typeof newArchive>;
  afterEach(() => env?.cleanup());
  const zh: TextContext = { lang: 'zh', fieldLabel: (f) => ({ birthYear: '出生年份', date: '日期', photos: '照片' })[f] ?? f };

  function expectChinese(report: ImportPlanReport): string[] {
    const lines = report.problems.map((p) => {
      const s = problemSentence(p, report.source.format, zh);
      const line = `${s.message}${s.suggestion ? ` 建议：${s.suggestion}` : ''}`;
      expect(line, p.code).not.toMatch(/\{\{/);
      expect(s.message, `${p.code}: ${s.message}`).toMatch(HAN);
      expect(s.message, `${p.code} fell back to English`).not.toBe(p.message);
      return line;
    });
    expect(lines.length).toBeGreaterThan(0);
    return lines;
  }

  it('says where, what and how to fix it, as a curator would', async () => {
    env = newArchive();
    const csv = path.join(env.dir, '名单.csv');
    fs.writeFileSync(csv, '姓名,出生年份,日期,备注栏\n王芳,1950年10月?,1968,\n李强,1952,13/13/1970,\n');
    const r = await planImport(env.archive, { source: { path: csv }, collection: 'veterans' }, { inline: true });
    const lines = expectChinese(r);
    expect(lines).toContain('第 2 行“出生年份”列：“1950年10月?”无法识别为年份。 建议：请写成 1950 或 1950年。');
    expect(lines).toContain('“备注栏”列：无法识别这一列，不会导入。 建议：如需导入，请把列名改成工作台认识的名称，如 姓名、出生年份、籍贯、民族、部队、荣誉、事迹、照片、编号、标签、栏目、状态。');
    expect(lines.some((l) => l.startsWith('第 3 行“日期”列：“13/13/1970”中的 13 和 13 都大于 12'))).toBe(true);
  });

  it.each<[string, ImportRequest]>([
    ['a GBK sheet with a photo folder', { source: { path: fixture('veterans-gbk.csv') }, photos: { dir: fixture('photos') }, collection: 'veterans', mapping: { 入伍时间: 'date' } }],
    ['ambiguous dates', { source: { path: fixture('ambiguous-dates.csv') }, collection: 'heroes' }],
    ['a ragged CSV', { source: { path: fixture('ragged.csv') }, collection: 'heroes' }],
    ['an unclosed quote', { source: { path: fixture('unclosed-quote.csv') }, collection: 'heroes' }],
    ['formulas', { source: { path: fixture('formula.csv') }, collection: 'heroes' }],
    ['JSON lines', { source: { path: fixture('exhibits.jsonl') }, collection: 'heroes' }],
    ['a workbook', { source: { path: fixture('veterans.xlsx') }, photos: { dir: fixture('photos') }, collection: 'veterans' }],
    ['no collection chosen', { source: { path: fixture('veterans-gbk.csv') } }],
  ])('%s', async (_what, request) => {
    env = newArchive();
    expectChinese(await planImport(env.archive, request, { inline: true }));
  });

  it('refused photos and pasted advertisements', async () => {
    env = newArchive();
    const csv = path.join(env.dir, 'photos.csv');
    fs.writeFileSync(csv, '姓名,照片,事迹\n甲,broken.jpg,在边防坚守。\n乙,drawing.jpg,详情请访问 www.example.com 或致电 13812345678\n丙,missing.jpg,\n丁,empty.jpg,\n戊,bomb.png,\n己,,详情请访问 www.example.com 或致电 13812345678\n');
    const r = await planImport(env.archive, { source: { path: csv }, photos: { dir: fixture('photos') }, collection: 'heroes' }, { inline: true });
    const lines = expectChinese(r);
    expect(lines.some((l) => l.includes('“drawing.jpg”是 SVG 矢量图'))).toBe(true);
    expect(lines.some((l) => l.includes('含有网址（www.example.com）'))).toBe(true);
    expect(r.photos.list.filter((p) => p.status !== 'matched').every((p) => p.code && Object.keys(p.params).length > 0)).toBe(true);
  });

  it('file refusals and photo refusals from the media store', async () => {
    env = newArchive();
    const refusal = async (request: ImportRequest) => {
      try {
        await planImport(env.archive, request, { inline: true });
      } catch (e) {
        if (isArchiveError(e)) return errorText(e, zh);
      }
      throw new Error('not refused');
    };
    for (const name of ['empty.csv', 'big5.csv']) {
      const s = await refusal({ source: { path: fixture(name) }, collection: 'heroes' });
      expect(s.message).toMatch(HAN);
      expect(s.message).not.toMatch(/\{\{/);
    }
    for (const bytes of [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), Buffer.from('%PDF-1.4'), Buffer.alloc(0), Buffer.from('just some notes\n')]) {
      try {
        sniffRaster(bytes, '“扫描件.jpg”');
      } catch (e) {
        const s = errorText(e, zh);
        expect(s.message).toMatch(/^“扫描件\.jpg”/);
        expect(s.message).not.toMatch(/\{\{/);
      }
    }
  });

  it('content check findings from the text rules', () => {
    const texts = ['王芳1968年入伍，详见 www.example.com', '联系电话13812345678', '真人娱乐注册就送彩金', '百家乐 bet365 官网', 'ab12cd 平台注册 ab12cd 平台 ab12cd', 'Wаng Fang', '王芳\u200b'];
    for (const text of texts) {
      for (const hit of scanText(text, { lang: 'zh' })) {
        const s = findingText({ ...hit, message: hit.message, suggestion: hit.suggestion }, zh);
        expect(s.message, hit.key).toMatch(HAN);
        expect(s.message).not.toMatch(/\{\{/);
      }
    }
  });
});
