// Turns what the engine reports (a code, a detail and values) into a sentence in the workspace's language.
// Pure: no React, no DOM, so the unit tests can run every code through it. Anything the catalogue does not
// know falls back to the engine's own English words rather than showing nothing.
import type { BackupInfo, FieldError, ImportFormat, ImportProblem, Lang, LintFinding, MessageParams } from '../../../../../archive/api/contract';
import { enEngine } from './en';
import type { EngineCatalog, EngineText } from './types';
import { zhEngine } from './zh';

/** Mongolian has no texts of its own yet (the workspace's Mongolian is marked needs-review): Chinese stands in. */
export function engineCatalog(lang: Lang): EngineCatalog {
  return lang === 'en' ? enEngine : zhEngine;
}

export interface TextContext {
  lang: Lang;
  /** The form's label for a data field ("birthYear" → "出生年份"); the field name itself when unknown. */
  fieldLabel?: (field: string) => string;
}

export interface Said {
  message: string;
  suggestion: string | null;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const has = <T extends object>(o: T, k: string): k is Extract<keyof T, string> => Object.prototype.hasOwnProperty.call(o, k);

/** A field's name for the curator; translations as "姓名（英文）". */
export function fieldLabelOf(field: string, ctx: TextContext): string {
  return label(field, engineCatalog(ctx.lang), ctx);
}

function label(field: string, cat: EngineCatalog, ctx: TextContext): string {
  const own = ctx.fieldLabel ?? ((f: string) => f);
  const m = /^([A-Za-z]+)\.(zh|en|mn)$/.exec(field);
  if (m) return cat.words.translationOf.replace('{{field}}', own(m[1]!)).replace('{{lang}}', cat.words.lang[m[2]!] ?? m[2]!);
  return own(field);
}

/** One value as the sentence shows it: lists joined the language's way, codes turned into words. */
function shown(name: string, value: MessageParams[string] | null | undefined, cat: EngineCatalog, ctx: TextContext): string {
  if (value === null || value === undefined) return '';
  const one = (v: string | number): string => {
    if (name === 'field' || name === 'fields') return label(String(v), cat, ctx);
    if (name === 'lang') return cat.words.lang[String(v)] ?? String(v);
    if (name === 'rules' && has(cat.rules, String(v))) return cat.rules[String(v) as keyof EngineCatalog['rules']];
    if (name === 'job') return cat.words.job[String(v)] ?? String(v);
    if (name === 'createdAt') return timeOf(String(v), ctx.lang);
    if (typeof v === 'number' && Math.abs(v) >= 10_000) return v.toLocaleString('en');
    return String(v);
  };
  if (Array.isArray(value)) return value.map(one).join(cat.words.listSeparator);
  // A list the engine sent as one comma-separated value ("name,body" for missing translations).
  if (name === 'fields' && typeof value === 'string') return value.split(',').filter(Boolean).map(one).join(cat.words.listSeparator);
  return one(value);
}

/** An ISO time as the curator's clock shows it ("2026年11月30日 12:20"). */
export function timeOf(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Fills {{name}} from params; a value the engine did not send leaves the placeholder visible (a bug to see). */
export function fill(template: string, params: MessageParams, cat: EngineCatalog, ctx: TextContext): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? shown(name, params[name], cat, ctx) : whole));
}

function say(text: EngineText, params: MessageParams, cat: EngineCatalog, ctx: TextContext): Said {
  return { message: fill(text.message, params, cat, ctx), suggestion: text.suggestion ? fill(text.suggestion, params, cat, ctx) : null };
}

const keyOf = (code: string, detail: string | null | undefined) => (detail ? `${code}.${detail}` : code);

/** A text-rule problem in an imported row ('LINT_INJECTED_TERM.brand') speaks like the finding ('injected-term.brand'). */
export function findingKeyOfImport(key: string): string | null {
  const m = /^LINT_([A-Z_]+)(?:\.(.+))?$/.exec(key);
  return m ? `${m[1]!.toLowerCase().replace(/_/g, '-')}${m[2] ? `.${m[2]}` : ''}` : null;
}

/** A column's header as the file has it; one the file left blank by its letter ("第 E 列"). */
export function headerLabel(header: string, lang: Lang): string {
  const letter = /^\(column ([A-Z]{1,3})\)$/.exec(header)?.[1];
  return letter ? engineCatalog(lang).words.columnLetter.replace('{{letter}}', letter) : header;
}

/** Where a problem is, in the curator's words: 第 12 行“出生年份”列 / Line 12, column “出生年份”. */
export function problemPlace(p: Pick<ImportProblem, 'line' | 'column' | 'field'>, format: ImportFormat | null, ctx: TextContext): string | null {
  const cat = engineCatalog(ctx.lang);
  const parts: string[] = [];
  if (p.line !== null) parts.push((format === 'xlsx' ? cat.words.row : format === 'json' ? cat.words.item : cat.words.line).replace('{{n}}', String(p.line)));
  // The engine names a column without a header by its letter: "(column E)".
  const letter = p.column ? /^\(column ([A-Z]{1,3})\)$/.exec(p.column)?.[1] : undefined;
  if (letter) parts.push(cat.words.columnLetter.replace('{{letter}}', letter));
  else if (p.column) parts.push(cat.words.column.replace('{{column}}', p.column));
  else if (p.field) parts.push(cat.words.field.replace('{{field}}', label(p.field, cat, ctx)));
  const place = parts.join(cat.words.whereJoin);
  return place ? place.charAt(0).toUpperCase() + place.slice(1) : null;
}

/** An import problem's text: the catalogue's by code and detail, the engine's English otherwise. */
export function problemText(p: ImportProblem, ctx: TextContext): Said {
  const cat = engineCatalog(ctx.lang);
  const params: MessageParams = { value: p.value ?? '', column: p.column ?? '', line: p.line ?? '', field: p.field ?? '', ...p.params };
  const key = keyOf(p.code, p.detail);
  const lintKey = findingKeyOfImport(key);
  if (lintKey && has(cat.findings, lintKey)) {
    const s = say(cat.findings[lintKey], params, cat, ctx);
    return { message: `${s.message}${ctx.lang === 'en' ? ' ' : ''}${cat.lintInImport}`, suggestion: s.suggestion };
  }
  if (key === 'PHOTO_REFUSED' && typeof p.params.refusal === 'string' && has(cat.media, p.params.refusal)) {
    const refusal = say(cat.media[p.params.refusal], params, cat, ctx);
    return { message: refusal.message, suggestion: refusal.suggestion ?? say(cat.problems.PHOTO_REFUSED, params, cat, ctx).suggestion };
  }
  if (has(cat.problems, key)) return say(cat.problems[key], params, cat, ctx);
  return { message: p.message, suggestion: p.suggestion };
}

/** The whole problem as one sentence: 第 12 行“出生年份”列：“1950年10月?”无法识别为年份。 */
export function problemSentence(p: ImportProblem, format: ImportFormat | null, ctx: TextContext): Said {
  const s = problemText(p, ctx);
  const place = problemPlace(p, format, ctx);
  return { message: place ? `${place}${engineCatalog(ctx.lang).words.colon}${s.message}` : s.message, suggestion: s.suggestion };
}

/** A content-check finding's text (without the field, which the screen shows beside it). */
export function findingText(f: Pick<LintFinding, 'rule' | 'detail' | 'params' | 'message' | 'suggestion'>, ctx: TextContext): Said {
  const cat = engineCatalog(ctx.lang);
  const key = keyOf(f.rule, f.detail);
  if (has(cat.findings, key)) return say(cat.findings[key], f.params, cat, ctx);
  return { message: f.message, suggestion: f.suggestion };
}

/** A rule's short name ("含有电话号码"), for lists of what blocks publishing. */
export function ruleName(rule: string, lang: Lang): string {
  const cat = engineCatalog(lang);
  return has(cat.rules, rule) ? cat.rules[rule] : rule;
}

export function noteText(n: { key: string; params: MessageParams }, ctx: TextContext): string | null {
  const cat = engineCatalog(ctx.lang);
  return has(cat.notes, n.key) ? fill(cat.notes[n.key], n.params, cat, ctx) : null;
}

/** What an error of the API looks like here (ApiError, without depending on the client). */
export interface CodedError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export function isCodedError(e: unknown): e is CodedError {
  return typeof e === 'object' && e !== null && typeof (e as CodedError).code === 'string' && typeof (e as CodedError).message === 'string';
}

/**
 * A refused action in the curator's language. Errors with values (imports, photos, the content check) are
 * filled from details.params; other codes have a fixed text; the engine's words are the last resort.
 */
export function errorText(e: unknown, ctx: TextContext): Said {
  if (!isCodedError(e)) return { message: e instanceof Error ? e.message : String(e), suggestion: null };
  const cat = engineCatalog(ctx.lang);
  const detail = typeof e.details?.detail === 'string' ? e.details.detail : null;
  const params = (e.details?.params && typeof e.details.params === 'object' ? e.details.params : {}) as MessageParams;
  const key = keyOf(e.code, detail);
  for (const table of [cat.importErrors, cat.media, cat.lintErrors, cat.publishBlocked] as Record<string, EngineText>[]) {
    if (has(table, key)) return say(table[key]!, params, cat, ctx);
  }
  // English: the engine's own sentence is the most specific one there is.
  if (ctx.lang === 'en') return { message: e.message, suggestion: null };
  if (has(cat.apiErrors, e.code)) return { message: cat.apiErrors[e.code]!, suggestion: null };
  return { message: e.message, suggestion: null };
}

/** The error as one line: what happened, then what to do. */
export function errorSentence(e: unknown, ctx: TextContext): string {
  const s = errorText(e, ctx);
  return s.suggestion ? `${s.message}${ctx.lang === 'en' ? ' ' : ''}${s.suggestion}` : s.message;
}

const isFieldError = (v: unknown): v is FieldError =>
  typeof v === 'object' && v !== null && typeof (v as FieldError).key === 'string' && typeof (v as FieldError).message === 'string';

/**
 * A form field's problem (details.fields[path]) in the curator's language, without naming the field (the form
 * shows it beside the field). Anything the catalogue does not know keeps the engine's words.
 */
export function fieldErrorText(problem: unknown, ctx: TextContext): string {
  if (!isFieldError(problem)) return typeof problem === 'string' ? problem : '';
  const cat = engineCatalog(ctx.lang);
  const params = (problem.params && typeof problem.params === 'object' ? problem.params : {}) as MessageParams;
  return has(cat.fieldErrors, problem.key) ? fill(cat.fieldErrors[problem.key], params, cat, ctx) : problem.message;
}

/** Each field's problem of a refusal (details.fields), in the curator's language; {} when it names none. */
export function fieldErrorTexts(e: unknown, ctx: TextContext): Record<string, string> {
  const fields = isCodedError(e) ? e.details?.fields : undefined;
  if (!fields || typeof fields !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields as Record<string, unknown>)) {
    const said = fieldErrorText(v, ctx);
    if (said) out[k] = said;
  }
  return out;
}

/** The findings a PUBLISH_BLOCKED refusal carries (empty for any other error). */
export function blockingFindings(e: unknown): LintFinding[] {
  if (!isCodedError(e) || e.code !== 'PUBLISH_BLOCKED' || !Array.isArray(e.details?.findings)) return [];
  return (e.details.findings as unknown[]).filter((f): f is LintFinding => typeof f === 'object' && f !== null && typeof (f as LintFinding).rule === 'string');
}

/**
 * Where a finding that blocks publishing is, in the exhibit's own terms: a field by its form label (with the
 * language of a translation), a photo by its place among the exhibit's photos ("第 2 张照片·说明").
 */
export function findingPlaceText(f: Pick<LintFinding, 'entity' | 'entityId' | 'field' | 'lang' | 'rule' | 'params'>, ctx: TextContext, photoNumber: (sha256: string) => number | null = () => null): string {
  const cat = engineCatalog(ctx.lang);
  const fieldOf = (field: string) => label(f.lang && f.lang !== 'zh' ? `${field}.${f.lang}` : field, cat, ctx);
  if (f.entity === 'media') {
    const n = photoNumber(f.entityId);
    const photo = n === null ? cat.findingPlace.photoOf : cat.findingPlace.photo.replace('{{n}}', String(n));
    // A photo's own problems (no description, too small, used twice) are about the photo as a whole.
    return f.field && !f.rule.startsWith('photo-') ? `${photo}${ctx.lang === 'en' ? ', ' : '·'}${fieldOf(f.field)}` : photo;
  }
  if (f.rule === 'missing-translation' || !f.field) return cat.findingPlace.exhibit;
  return f.field.split(',').map(fieldOf).join(cat.words.listSeparator);
}

/** Why an automatic backup was taken, with what it was about; null for a manual one or when its values are missing. */
export function backupReasonText(b: Pick<BackupInfo, 'reason' | 'reasonParams'>, ctx: TextContext): string | null {
  if (b.reason === 'manual') return null;
  const p = b.reasonParams ?? {};
  if (b.reason === 'before-import' ? !p.file : !p.createdAt) return null;
  const cat = engineCatalog(ctx.lang);
  const params: MessageParams = Object.fromEntries(Object.entries(p).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return fill(cat.backupReasons[b.reason], params, cat, ctx);
}
