import type { LintFinding } from '../../api/contract/lint-report';
import type { Draft } from '../finding';
import type { FieldText } from '../load';
import { scanText } from '../text/scan-text';

const FIELD_NAMES: Record<string, string> = {
  title: 'Title', name: 'Name', hometown: 'Hometown', ethnicity: 'Ethnicity', unit: 'Unit', honours: 'Honours', place: 'Place', body: 'Story',
  credit: 'Credit', tags: 'Tag', alt: 'Alt text', caption: 'Caption', description: 'Description',
};

export function fieldLabel(field: string, lang: string): string {
  return `${FIELD_NAMES[field] ?? field}${lang === 'zh' ? '' : ` (${lang})`}`;
}

/** Runs the text scanner over every text of one entity; each hit is a blocking finding. */
export function textFindings(
  texts: readonly FieldText[],
  where: { entity: LintFinding['entity']; entityId: string; exhibitId: number | null; label: string },
  allowed: readonly string[],
): Draft[] {
  const out: Draft[] = [];
  for (const t of texts) {
    for (const hit of scanText(t.text, { lang: t.lang, isName: t.field === 'name', allowed })) {
      out.push({
        ...where,
        rule: hit.rule,
        detail: hit.detail,
        params: hit.params,
        severity: 'block',
        field: t.field,
        lang: t.lang,
        message: `${fieldLabel(t.field, t.lang)}: ${hit.message}`,
        suggestion: hit.suggestion,
        text: t.text,
        span: [hit.start, hit.end],
        token: hit.token,
      });
    }
  }
  return out;
}
