// Dates as curators write them, read into the archive's date-with-precision model. Anything that could mean
// two different days (03/04/1950) is reported, never guessed: a wrong date on a hero's portrait is worse than
// none.
import type { ExhibitDate } from '../../api/contract';
import { chineseNumeralsToArabic } from './chinese-numerals';
import { normaliseText } from './text';

/** What the reader had to simplify, in English and as the key of the workspace's text (DATE_NOTE.<detail>). */
export interface DateNote {
  detail: 'approx' | 'season' | 'minguo' | 'excel-serial';
  params: Record<string, string | number>;
  message: string;
}
/** Why a date could not be read: the key of the workspace's text is BAD_DATE.<detail> (or BAD_YEAR.<detail>). */
export type InvalidDetail = 'year-range' | 'no-month' | 'no-day' | 'not-decade' | 'both-over-12' | 'span-end' | 'range-order' | 'unreadable';
type Said = { message: string; suggestion: string; params: Record<string, string | number> };

export type DateParse =
  | { kind: 'ok'; date: ExhibitDate; notes: DateNote[] }
  | { kind: 'empty' }
  | ({ kind: 'ambiguous'; detail: 'day-month' | 'century'; candidates: string[] } & Said)
  | ({ kind: 'invalid'; detail: InvalidDetail } & Said);

const MIN_YEAR = 1800;
const MAX_YEAR = 2100;
const UNKNOWN = new Set(['', '不详', '未知', '不明', '待查', '无', 'unknown', 'n/a', 'na', 'none', '-', '--', '—', '?', '？']);
const APPROX = /^(?:约|大约|约于|约在|c\.|ca\.|circa|about|approx\.?)\s*|\s*(?:左右|前后|许)$/gi;
const SEASON = /(?:年)?\s*(春|夏|秋|冬|春季|夏季|秋季|冬季|初|年初|中|年中|末|年末|底|年底|上半年|下半年)$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EXAMPLES = '1950, 1950年10月, 1950-10-01, 1950年代 or 1950—1953';

const pad = (n: number) => String(n).padStart(2, '0');

type Single = { precision: 'year' | 'month' | 'day'; start: string } | { precision: 'range'; start: string; end: string };
type SingleParse = Single | { error: DateParse } | null;

function realDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function invalid(detail: InvalidDetail, params: Record<string, string | number>, message: string, suggestion = `Write it like ${EXAMPLES}.`): { error: DateParse } {
  return { error: { kind: 'invalid', detail, params, message, suggestion } };
}

function ymd(y: number, m?: number, d?: number): SingleParse {
  if (y < MIN_YEAR || y > MAX_YEAR) return invalid('year-range', { year: y, min: MIN_YEAR, max: MAX_YEAR }, `the year ${y} is outside ${MIN_YEAR}–${MAX_YEAR}`, 'Check the year.');
  if (m === undefined) return { precision: 'year', start: String(y) };
  if (m < 1 || m > 12) return invalid('no-month', { month: m }, `there is no month ${m}`, 'Check the month.');
  if (d === undefined) return { precision: 'month', start: `${y}-${pad(m)}` };
  if (!realDay(y, m, d)) return invalid('no-day', { date: `${y}-${pad(m)}-${pad(d)}` }, `${y}-${pad(m)}-${pad(d)} is not a real day`, 'Check the day of the month.');
  return { precision: 'day', start: `${y}-${pad(m)}-${pad(d)}` };
}

function monthIndex(word: string): number | undefined {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** One date (or a decade) with no range separator in it. */
function parseSingle(s: string, notes: DateNote[], inherit?: { y: number; m?: number }): SingleParse {
  let m: RegExpExecArray | null;
  const n = (x: string | undefined) => (x === undefined ? undefined : Number(x));
  if ((m = /^(\d{4})\s*年?$/.exec(s))) return ymd(Number(m[1]));
  if ((m = /^(\d{4})\s*(?:年代|'?s)$/.exec(s))) {
    const y = Number(m[1]);
    if (y % 10 !== 0) return invalid('not-decade', { value: s }, `"${s}" is not a decade (a decade starts at a year ending in 0)`, 'Write the decade as 1950年代 or 1950s.');
    const a = ymd(y);
    const b = ymd(y + 9);
    if (!a || 'error' in a) return a;
    if (!b || 'error' in b) return b;
    return { precision: 'range', start: String(y), end: String(y + 9) };
  }
  if ((m = /^(\d{2})\s*年代$/.exec(s))) {
    return {
      error: { kind: 'ambiguous', detail: 'century', params: { value: s, decade: `19${m[1]}年代` }, message: `"${s}" does not say which century`, suggestion: `Write the full decade, e.g. 19${m[1]}年代.`, candidates: [`19${m[1]}年代`, `18${m[1]}年代`] },
    };
  }
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月份?$/.exec(s))) return ymd(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(s))) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  // "1950-53" is a span of years, not month 53: leave it to the range reader.
  if ((m = /^(\d{4})([.\-/])(\d{1,2})$/.exec(s)) && !(m[2] === '-' && m[3]!.length === 2 && Number(m[3]) > 12)) return ymd(Number(m[1]), Number(m[3]));
  if ((m = /^(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s))) return ymd(Number(m[1]), Number(m[3]), Number(m[4]));
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})[./-](\d{4})$/.exec(s))) return ymd(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    if (a > 12 && b > 12) return invalid('both-over-12', { value: s, a, b }, `"${s}" has no month (both ${a} and ${b} are over 12)`);
    if (a > 12) return ymd(y, b, a);
    if (b > 12 || a === b) return ymd(y, a, b);
    const dayFirst = `${y}-${pad(b)}-${pad(a)}`;
    const monthFirst = `${y}-${pad(a)}-${pad(b)}`;
    return {
      error: {
        kind: 'ambiguous',
        detail: 'day-month',
        params: { value: s, year: y, a, b, dayFirst, monthFirst },
        message: `"${s}" could be ${a} ${MONTH_NAMES[b - 1]} or ${MONTH_NAMES[a - 1]} ${b}, ${y}`,
        suggestion: `Write it as ${dayFirst} or ${monthFirst} (or ${y}年${b}月${a}日 / ${y}年${a}月${b}日).`,
        candidates: [dayFirst, monthFirst],
      },
    };
  }
  // English month names: "October 1950", "1 October 1950", "October 1, 1950", "Oct. 1950", "1950 Oct".
  if ((m = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})$/.exec(s))) {
    const mo = monthIndex(m[2]!);
    if (mo !== undefined && !(m[1] && m[3])) return ymd(Number(m[4]), mo, n(m[1] ?? m[3]));
  }
  if ((m = /^(\d{4})\s+([A-Za-z]{3,9})\.?$/.exec(s))) {
    const mo = monthIndex(m[2]!);
    if (mo !== undefined) return ymd(Number(m[1]), mo);
  }
  // Parts of a range that leave out the year or month the start already gave: "1950年10月至12月", "10月1日至5日".
  if (inherit) {
    if ((m = /^(\d{1,2})\s*月份?$/.exec(s))) return ymd(inherit.y, Number(m[1]));
    if ((m = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(s))) return ymd(inherit.y, Number(m[1]), Number(m[2]));
    if (inherit.m !== undefined && (m = /^(\d{1,2})\s*[日号]$/.exec(s))) return ymd(inherit.y, inherit.m, Number(m[1]));
    if ((m = /^(\d{2})$/.exec(s)) && Number(m[1]) > 12) {
      const y = Math.floor(inherit.y / 100) * 100 + Number(m[1]);
      if (y < inherit.y) return invalid('span-end', { month: m[1]!, year: y, start: inherit.y }, `there is no month ${m[1]}, and ${y} cannot end a span that starts in ${inherit.y}`, 'Write a month as 1950-10, a span of years as 1950—1953.');
      return ymd(y);
    }
  }
  // Excel stores dates as day counts; a CSV exported from an unformatted column shows the number.
  if ((m = /^(\d{5})(?:\.0+)?$/.exec(s))) {
    const serial = Number(m[1]);
    const dt = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    const out = ymd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
    if (out && !('error' in out)) notes.push({ detail: 'excel-serial', params: { value: s, date: out.start }, message: `${s} looks like an Excel date number and was read as ${out.start}; format the column as a date in Excel to be sure.` });
    return out;
  }
  return null;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function prepare(raw: string): string {
  return chineseNumeralsToArabic(
    normaliseText(raw)
      .replace(/[．。]/g, '.')
      .replace(/[／]/g, '/')
      .replace(/[－‐‑]/g, '-')
      .replace(/[～〜]/g, '~')
      .replace(/\s+/g, ' '),
  ).trim();
}

function yearOf(s: Single): { y: number; m?: number } {
  const [y, m] = s.start.split('-').map(Number);
  return { y: y!, m };
}

/** Reads one date cell; see the tests for every accepted form. */
export function parseDate(raw: string): DateParse {
  const notes: DateNote[] = [];
  let s = prepare(raw);
  if (UNKNOWN.has(s.toLowerCase())) return { kind: 'empty' };
  const approx = s.replace(APPROX, '');
  if (approx !== s) {
    s = approx.trim();
    notes.push({ detail: 'approx', params: {}, message: 'an approximate date ("about …") was recorded as its year or month; say "about" in the text if it matters.' });
  }
  const season = SEASON.exec(s);
  if (season && /^\d{4}/.test(s)) {
    s = s.slice(0, season.index).trim();
    notes.push({ detail: 'season', params: { part: season[1]! }, message: `"${season[1]}" (part of a year) is not kept: the date is recorded as the year.` });
  }
  s = s.replace(/^民国\s*(\d{1,2})\s*年/, (_, n: string) => {
    notes.push({ detail: 'minguo', params: { n: Number(n), year: 1911 + Number(n) }, message: `民国${n}年 was read as ${1911 + Number(n)}.` });
    return `${1911 + Number(n)}年`;
  });

  const single = parseSingle(s, notes);
  if (single && 'error' in single) return single.error;
  if (single) return { kind: 'ok', date: toDate(single), notes };

  // A range: split at the separator; "-" only separates when a year (or two-digit year end) follows it.
  const r = /^(.+?)\s*(?:—+|–|―|~|至|到|-{1,2}(?=\s*\d{4}\b|\s*\d{2}$))\s*(.+)$/.exec(s);
  if (r) {
    const a = parseSingle(r[1]!.trim(), notes);
    if (a && 'error' in a) return a.error;
    if (a) {
      const b = parseSingle(r[2]!.trim(), notes, yearOf(a));
      if (b && 'error' in b) return b.error;
      if (b) {
        const start = a.start;
        const end = b.precision === 'range' ? b.end : b.start;
        if (end < start.slice(0, end.length) || (end.length >= start.length && end < start)) {
          return { kind: 'invalid', detail: 'range-order', params: { start, end }, message: `the range ends (${end}) before it starts (${start})`, suggestion: 'Check the order of the two dates.' };
        }
        if (end === start && a.precision !== 'range') return { kind: 'ok', date: toDate(a), notes };
        return { kind: 'ok', date: { precision: 'range', start, end }, notes };
      }
    }
  }
  return { kind: 'invalid', detail: 'unreadable', params: { value: normaliseText(raw) }, message: `"${normaliseText(raw)}" is not a date this importer can read`, suggestion: `Write it like ${EXAMPLES}.` };
}

function toDate(s: Single): ExhibitDate {
  return s.precision === 'range' ? { precision: 'range', start: s.start, end: s.end } : { precision: s.precision, start: s.start, end: null };
}

export type YearParse =
  | { kind: 'ok'; year: number; notes: DateNote[] }
  | { kind: 'empty' }
  | ({ kind: 'ambiguous'; detail: 'day-month' | 'century' } & Said)
  | ({ kind: 'invalid'; detail: InvalidDetail | 'span' } & Said);

/** A birth or death year: any single date form, reduced to its year; ranges and decades are refused. */
export function parseYear(raw: string): YearParse {
  const p = parseDate(raw);
  if (p.kind === 'empty') return p;
  if (p.kind === 'ambiguous') return { kind: 'ambiguous', detail: p.detail, params: p.params, message: p.message, suggestion: p.suggestion };
  if (p.kind === 'invalid') return p;
  if (p.date.precision === 'range') {
    return { kind: 'invalid', detail: 'span', params: { value: normaliseText(raw) }, message: `"${normaliseText(raw)}" is a span of years, not one year`, suggestion: 'Give the single year (write "about" in the story if it is uncertain).' };
  }
  return { kind: 'ok', year: Number(p.date.start!.slice(0, 4)), notes: p.notes };
}
