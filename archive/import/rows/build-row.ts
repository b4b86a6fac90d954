// One source record → one exhibit draft, with every problem pinned to its line, column and field. Nothing here
// touches the database: the plan decides new/update/unchanged afterwards.
import crypto from 'node:crypto';
import type { z } from 'zod';
import { ExhibitInput, type ExhibitDate, type ExhibitKind } from '../../api/contract';
import type { ImportProblem, ImportProblemKey, MessageParams } from '../../api/contract/import-report';
import { TRANSLATABLE, type ImportField } from '../mapping/field-names';
import { MULTI_COLUMN_FIELDS, type Column } from '../mapping/resolve-columns';
import { parseDate, parseYear } from '../normalise/date';
import { looksLikeFormula } from '../normalise/formula';
import { cellText, normaliseText, shorten, splitListCell } from '../normalise/text';
import { problem, type SourceRecord } from '../source/table';
import { readBool, readInt, readKind, readStatus, type Read } from './values';
import { zodIssueText } from './zod-issue';

export interface CollectionChoice {
  slug: string;
  layout: 'portraits' | 'photos' | 'timeline';
}

export interface RowContext {
  columns: readonly Column[];
  where: (line: number) => string;
  defaultStatus: 'draft' | 'published';
  defaultCollection: CollectionChoice | null;
  findCollection: (value: string) => CollectionChoice | null;
  collectionNames: string;
  /** The collections' Chinese titles, for the workspace's text. */
  collectionTitles?: string[];
}

export interface RowDraft {
  line: number;
  label: string;
  uid: string;
  uidGiven: boolean;
  /** Name + birth year + hometown: how the same person is recognised without a uid. */
  personKey: string | null;
  input: Record<string, unknown>;
  /** Fields the file itself filled for this row (others hold defaults): an update only changes these. */
  given: Set<string>;
  photoRefs: string[];
  photoText: { caption: string[]; alt: string[]; credit: string };
  problems: ImportProblem[];
}

type Text = { zh: string; en?: string; mn?: string };
const KIND_BY_LAYOUT: Record<CollectionChoice['layout'], ExhibitKind> = { portraits: 'person', photos: 'album', timeline: 'event' };

function localTextValue(v: unknown): Text | null {
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { zh?: unknown }).zh === 'string') {
    const o = v as Record<string, unknown>;
    const out: Text = { zh: normaliseText(String(o.zh)) };
    if (typeof o.en === 'string' && o.en.trim()) out.en = normaliseText(o.en);
    if (typeof o.mn === 'string' && o.mn.trim()) out.mn = normaliseText(o.mn);
    return out;
  }
  return null;
}

function listValue(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'string' || typeof x === 'number' ? splitListCell(cellText(x)) : []));
  return splitListCell(cellText(v));
}

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

export function identityKey(parts: readonly (string | number | null | undefined)[]): string {
  return parts.map((p) => (p === null || p === undefined ? '' : String(p).replace(/\s+/g, '').toLowerCase())).join('|');
}

export function derivedUid(key: string): string {
  return `import-${crypto.createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

export function buildRow(record: SourceRecord, ctx: RowContext): RowDraft {
  const problems: ImportProblem[] = [];
  const at = (field: string, column: string | null, value: unknown) => ({ line: record.line, field, column, value: value === null ? null : shorten(cellText(value), 80) });
  const add: Add = (severity, key, field, column, value, message, suggestion, params = {}) =>
    problems.push(problem({ severity, key, params, message: `${cap(ctx.where(record.line))}, ${column ? `column "${column}"` : field}: ${message}`, suggestion, ...at(field, column, value) }));

  // Gather each field's value: first non-empty column, or all of them for list fields.
  const single = new Map<ImportField, { value: unknown; column: string }>();
  const lists = new Map<string, { values: string[]; column: string }>();
  for (const col of ctx.columns) {
    if (!col.field || col.field === 'ignore') continue;
    const value = record.cells.get(col.header);
    if (isEmpty(value)) continue;
    if (MULTI_COLUMN_FIELDS.has(col.field)) {
      const prev = lists.get(col.field) ?? { values: [], column: col.header };
      prev.values.push(...listValue(value));
      lists.set(col.field, prev);
    } else if (!single.has(col.field)) {
      single.set(col.field, { value, column: col.header });
    }
  }
  const text = (f: ImportField) => {
    const got = single.get(f);
    return got ? cellText(got.value) : '';
  };
  const columnOf = (f: ImportField) => single.get(f)?.column ?? ctx.columns.find((c) => c.field === f)?.header ?? null;

  const input: Record<string, unknown> = {};
  for (const f of TRANSLATABLE) {
    const got = single.get(f);
    const lt = got ? localTextValue(got.value) : null;
    const t: Text = lt ?? { zh: got ? cellText(got.value) : '' };
    for (const lang of ['en', 'mn'] as const) {
      const tr = text(`${f}.${lang}`);
      if (tr) t[lang] = tr;
    }
    for (const [lang, value] of Object.entries(t)) {
      if (value && looksLikeFormula(value)) {
        add('warning', 'FORMULA_TEXT', `${f}${lang === 'zh' ? '' : `.${lang}`}`, columnOf(f), value, 'starts like a spreadsheet formula; it is stored as plain text, never run.', 'If this is not meant as text, fix the cell. Exports prefix such cells so spreadsheets do not run them.');
      }
    }
    if (t.zh || t.en || t.mn) input[f] = t;
  }
  // A translation without the Chinese original cannot be shown as the source text.
  for (const f of TRANSLATABLE) {
    const t = input[f] as Text | undefined;
    if (t && !t.zh && (t.en || t.mn)) {
      add('warning', 'TRANSLATION_WITHOUT_CHINESE', f, columnOf(f) ?? columnOf(`${f}.en`), t.en ?? t.mn ?? '', `has a translation but no Chinese text; visitors reading Chinese will see it empty.`, 'Fill in the Chinese column too.');
    }
  }

  const readWith = <T,>(f: ImportField, key: ImportProblemKey, reader: (s: string) => Read<T>, assign: (v: T) => void) => {
    const got = single.get(f);
    if (!got) return;
    if (typeof got.value === 'boolean' || typeof got.value === 'number') {
      const r = reader(String(got.value === true ? 'true' : got.value === false ? 'false' : got.value));
      if (r.ok) return assign(r.value);
    }
    const r = reader(cellText(got.value));
    if (r.ok) assign(r.value);
    else add('error', key, f, got.column, got.value, `${r.message}.`, r.suggestion);
  };
  readWith('status', 'BAD_STATUS', readStatus, (v) => (input.status = v));
  readWith('hidden', 'BAD_HIDDEN', readBool, (v) => (input.hidden = v));
  readWith('sample', 'BAD_SAMPLE', readBool, (v) => (input.sample = v));
  readWith('sortOrder', 'BAD_SORTORDER', readInt, (v) => (input.sortOrder = v));
  for (const f of ['topic', 'rights'] as const) if (text(f)) input[f] = text(f);
  for (const f of ['media', 'cover', 'needsReview'] as const) if (single.has(f)) input[f] = single.get(f)!.value;

  for (const f of ['birthYear', 'deathYear'] as const) {
    const got = single.get(f);
    if (!got) continue;
    if (typeof got.value === 'number' && Number.isInteger(got.value)) {
      input[f] = got.value;
      continue;
    }
    const y = parseYear(got.value instanceof Date ? cellText(got.value) : cellText(got.value));
    if (y.kind === 'ok') {
      input[f] = y.year;
      for (const n of y.notes) add('warning', `DATE_NOTE.${n.detail}`, f, got.column, got.value, n.message, null, n.params);
    } else if (y.kind !== 'empty') {
      add('error', y.kind === 'ambiguous' ? `DATE_AMBIGUOUS.${y.detail}` : `BAD_YEAR.${y.detail}`, f, got.column, got.value, `${y.message}.`, y.suggestion, y.params);
    }
  }

  const date = readDate(single, add);
  if (date) input.date = date;

  const tags = [...new Set((lists.get('tags')?.values ?? []).map((t) => t.slice(0, 100)))];
  if (tags.length) input.tags = tags;
  const photoRefs = [...new Set(lists.get('photos')?.values ?? [])];
  const photoText = {
    caption: text('photoCaption') ? splitPer(text('photoCaption'), photoRefs.length) : [],
    alt: text('photoAlt') ? splitPer(text('photoAlt'), photoRefs.length) : [],
    credit: text('photoCredit'),
  };

  // Collection and kind.
  let collection = ctx.defaultCollection;
  const collCell = single.get('collection');
  if (collCell) {
    const found = ctx.findCollection(cellText(collCell.value));
    if (found) collection = found;
    else {
      add('error', 'COLLECTION_UNKNOWN', 'collection', collCell.column, collCell.value, `there is no collection "${cellText(collCell.value)}".`, `Use one of: ${ctx.collectionNames}.`, { collection: cellText(collCell.value), collections: ctx.collectionTitles ?? [] });
      collection = null;
    }
  } else if (!collection) {
    add('error', 'COLLECTION_MISSING.row', 'collection', null, null, 'the row names no collection and no default was chosen.', `Choose one for the whole file (--collection), or add a 栏目 column with one of: ${ctx.collectionNames}.`, { collections: ctx.collectionTitles ?? [] });
  }
  if (collection) input.collection = collection.slug;
  const kindCell = single.get('kind');
  if (kindCell) {
    const k = readKind(cellText(kindCell.value));
    if (k.ok) input.kind = k.value;
    else add('error', 'BAD_KIND', 'kind', kindCell.column, kindCell.value, `${k.message}.`, k.suggestion);
  } else if (collection) input.kind = KIND_BY_LAYOUT[collection.layout];
  if (input.status === undefined) input.status = ctx.defaultStatus;

  const name = (input.name as Text | undefined)?.zh ?? '';
  const title = (input.title as Text | undefined)?.zh ?? '';
  const hometown = (input.hometown as Text | undefined)?.zh ?? '';
  const givenUid = single.has('uid') ? cellText(single.get('uid')!.value) : '';
  const personKey = name ? identityKey([collection?.slug, name, input.birthYear as number | undefined, hometown]) : null;
  const identity = personKey ?? identityKey([collection?.slug, 'untitled', title, (input.date as ExhibitDate | undefined)?.start, (input.body as Text | undefined)?.zh.slice(0, 200)]);
  const uid = givenUid || derivedUid(identity);
  input.uid = uid;

  // Let the exhibit schema have the last word on everything else (lengths, ranges, name-or-title ...).
  const check = ExhibitInput.safeParse({ ...input, media: [], cover: null });
  if (!check.success) for (const issue of check.error.issues) zodProblem(issue, add, columnOf, input);

  return {
    line: record.line,
    label: name || title || uid,
    uid,
    uidGiven: Boolean(givenUid),
    personKey,
    input,
    given: new Set([...single.keys(), ...lists.keys()].map((f) => (f.startsWith('date') ? 'date' : f.startsWith('photo') ? 'media' : f.split('.')[0]!))),
    photoRefs,
    photoText,
    problems,
  };
}

type Add = (severity: ImportProblem['severity'], key: ImportProblemKey, field: string, column: string | null, value: unknown, message: string, suggestion: string | null, params?: MessageParams) => void;

function readDate(single: Map<ImportField, { value: unknown; column: string }>, add: Add): ExhibitDate | null {
  const whole = single.get('date');
  if (whole && typeof whole.value === 'object' && whole.value !== null && !(whole.value instanceof Date)) return whole.value as ExhibitDate;
  const parseCell = (f: 'date' | 'dateStart' | 'dateEnd') => {
    const got = single.get(f);
    if (!got) return null;
    const raw = typeof got.value === 'number' && Number.isInteger(got.value) && got.value >= 1000 && got.value <= 9999 ? String(got.value) : cellText(got.value);
    const p = parseDate(raw);
    if (p.kind === 'ok') {
      for (const n of p.notes) add('warning', `DATE_NOTE.${n.detail}`, f, got.column, got.value, n.message, null, n.params);
      return p.date;
    }
    if (p.kind === 'ambiguous') add('error', `DATE_AMBIGUOUS.${p.detail}`, f, got.column, got.value, `${p.message}: the date is ambiguous.`, p.suggestion, p.params);
    else if (p.kind === 'invalid') add('error', `BAD_DATE.${p.detail}`, f, got.column, got.value, `${p.message}.`, p.suggestion, p.params);
    return null;
  };
  const d = parseCell('date');
  if (d) return d;
  const a = parseCell('dateStart');
  const b = parseCell('dateEnd');
  if (a && b) {
    const start = a.start!;
    const end = b.end ?? b.start!;
    if (end < start) {
      add('error', 'BAD_DATE.end-before-start', 'dateEnd', single.get('dateEnd')!.column, single.get('dateEnd')!.value, `the end (${end}) is before the start (${start}).`, 'Check the two dates.', { start, end });
      return null;
    }
    return { precision: 'range', start, end };
  }
  return a ?? null;
}

function splitPer(cell: string, count: number): string[] {
  if (count > 1) {
    const parts = cell.split(/[;；|\n]/).map((p) => p.trim());
    if (parts.length === count) return parts;
  }
  return [cell];
}

function zodProblem(issue: z.core.$ZodIssue, add: Add, columnOf: (f: ImportField) => string | null, input: Record<string, unknown>): void {
  const field = String(issue.path[0] ?? 'row');
  const column = (columnOf as (f: string) => string | null)(field);
  const value = input[field];
  const shown = value && typeof value === 'object' && 'zh' in (value as object) ? (value as Text).zh : value;
  const said = zodIssueText(issue);
  if (field === 'name' && said.key === 'NAME_MISSING') {
    add('error', 'NAME_MISSING', 'name', column, null, 'the row has neither a name nor a title in Chinese.', 'Fill in 姓名 (name) or 标题 (title); a row with neither cannot be shown.');
    return;
  }
  if (field === 'uid') {
    add('error', 'BAD_UID', 'uid', column, shown ?? null, `the id is not usable (${issue.message}).`, 'Use an id of 1–200 characters.');
    return;
  }
  add('error', said.key, field, column, shown ?? null, `${issue.message}.`, null, said.params);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
