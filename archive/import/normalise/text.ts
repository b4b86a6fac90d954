// Cell text as curators' spreadsheets deliver it: stray spaces, full-width digits typed with a Chinese input
// method, invisible characters pasted from web pages. Punctuation such as ，。： stays full-width: it is correct
// Chinese typography, not an input-method accident.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// C0/C1 controls other than tab and newline carry nothing a visitor should see.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Full-width ASCII digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) become their half-width forms. */
export function halfWidthAlnum(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** True when the text holds invisible characters (zero-width spaces, joiners, soft hyphens, stray BOMs). */
export function hasInvisible(s: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(s);
}

/** The normal form every imported text cell gets: one newline style, no invisible or control characters, trimmed. */
export function normaliseText(raw: string): string {
  return halfWidthAlnum(raw.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(CONTROLS, '').replace(/\u00A0/g, ' ')).trim();
}

/** Any cell value (number, boolean, Date from a spreadsheet) as normalised text; empty for null/undefined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return normaliseText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return normaliseText(JSON.stringify(value));
}

/** Splits a list cell (tags, photo names) on the separators people use in Chinese and Western sheets. */
export function splitListCell(s: string): string[] {
  return s
    .split(/[,，;；、|\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function shorten(s: string, max = 80): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
