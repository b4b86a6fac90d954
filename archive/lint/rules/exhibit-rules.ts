import type { LintFindingKey } from '../../api/contract/lint-report';
import { said, type Draft } from '../finding';
import { LINT_LIMITS } from '../limits';
import type { ExhibitForLint } from '../load';
import { textFindings } from './text-rules';

const TRANSLATED = ['title', 'name', 'body', 'unit', 'honours', 'hometown', 'place'] as const;

export function exhibitFindings(e: ExhibitForLint, allowed: readonly string[], thisYear: number): Draft[] {
  const where = { entity: 'exhibit' as const, entityId: String(e.id), exhibitId: e.id, label: e.label };
  const out: Draft[] = [];
  const block = (key: LintFindingKey, params: Record<string, string | number>, field: string | null, message: string, suggestion: string, token: string | null): void => {
    out.push({ ...where, ...said(key, params), severity: 'block', field, lang: field ? 'zh' : null, message, suggestion, token });
  };
  if (e.kind === 'person' && !e.name.trim()) block('missing-name.person', {}, 'name', 'This person has no name.', 'Fill in the name (姓名).', null);
  if (e.kind !== 'person' && !e.title.trim() && !e.name.trim()) block('missing-name.title', {}, 'title', 'This exhibit has no title.', 'Fill in the title (标题).', null);

  const years: [string, number | null, number, number][] = [
    ['birthYear', e.birthYear, LINT_LIMITS.earliestBirthYear, thisYear],
    ['deathYear', e.deathYear, LINT_LIMITS.earliestBirthYear, thisYear],
  ];
  for (const [field, y, lo, hi] of years) {
    if (y !== null && (y < lo || y > hi)) block(field === 'birthYear' ? 'date-implausible.birth' : 'date-implausible.death', { year: y, min: lo, max: hi }, field, `${field === 'birthYear' ? 'Birth' : 'Death'} year ${y} is outside ${lo}–${hi}.`, 'Check the year for a typing mistake.', String(y));
  }
  if (e.birthYear !== null && e.deathYear !== null && e.deathYear - e.birthYear > LINT_LIMITS.maxAge) {
    block('date-implausible.age', { born: e.birthYear, died: e.deathYear, age: e.deathYear - e.birthYear }, 'deathYear', `Born ${e.birthYear} and died ${e.deathYear}: ${e.deathYear - e.birthYear} years is not a plausible age.`, 'Check both years.', `${e.birthYear}-${e.deathYear}`);
  }
  for (const [field, d] of [['date', e.dateStart], ['date', e.dateEnd]] as const) {
    if (!d) continue;
    const y = Number(d.slice(0, 4));
    if (y < LINT_LIMITS.earliestYear || y > thisYear) block('date-implausible.date', { date: d, min: LINT_LIMITS.earliestYear, max: thisYear }, field, `The date ${d} is outside ${LINT_LIMITS.earliestYear}–${thisYear}.`, 'Check the date for a typing mistake.', d);
  }

  out.push(...textFindings(e.texts, where, allowed));

  for (const lang of ['en', 'mn'] as const) {
    const missing = TRANSLATED.filter((f) => e.texts.some((t) => t.field === f && t.lang === 'zh' && t.text.trim()) && !e.texts.some((t) => t.field === f && t.lang === lang && t.text.trim()));
    if (missing.length) {
      out.push({
        ...where,
        ...said('missing-translation', { lang, fields: missing }),
        severity: 'warning',
        field: missing.join(','),
        lang,
        message: `No ${lang === 'en' ? 'English' : 'Mongolian'} translation of: ${missing.join(', ')}. Visitors reading ${lang === 'en' ? 'English' : 'Mongolian'} see the Chinese text.`,
        suggestion: 'Add the translations in the editor (or mark drafted ones for review).',
        token: missing.join(','),
      });
    }
  }
  return out;
}
