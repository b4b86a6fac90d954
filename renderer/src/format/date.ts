import type { ExhibitDate, Lang } from '../../../archive/api/contract';

export type Translate = (key: 'date.y' | 'date.ym' | 'date.ymd' | 'date.range', vars: Record<string, string | number>) => string;

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One partial date ("1998", "1998-03", "1998-03-12") in the visitor's language; anything malformed gives ''. */
export function formatPartialDate(value: string | null, lang: Lang, t: Translate): string {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!m) return '';
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  if (mo !== undefined && (mo < 1 || mo > 12)) return t('date.y', { y });
  const month = mo !== undefined ? (lang === 'en' ? (EN_MONTHS[mo - 1] as string) : mo) : '';
  if (mo === undefined) return t('date.y', { y });
  if (d === undefined || d < 1 || d > 31) return t('date.ym', { y, m: mo, month });
  return t('date.ymd', { y, m: mo, d, month });
}

/** An exhibit's date at its stated precision: a year, a month, a day or a range; unknown dates show nothing. */
export function formatExhibitDate(date: ExhibitDate, lang: Lang, t: Translate): string {
  if (date.precision === 'unknown' || !date.start) return '';
  const start = formatPartialDate(date.start, lang, t);
  if (date.precision === 'range' && date.end) {
    const end = formatPartialDate(date.end, lang, t);
    return end && end !== start ? t('date.range', { start, end }) : start;
  }
  return start;
}

/** The year a date starts in, or null. */
export function startYear(date: ExhibitDate): number | null {
  const m = date.start ? /^(\d{4})/.exec(date.start) : null;
  return m ? Number(m[1]) : null;
}
