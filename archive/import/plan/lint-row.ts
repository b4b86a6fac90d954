import type { ExhibitInput } from '../../api/contract';
import type { ImportProblem, ImportProblemKey } from '../../api/contract/import-report';
import { scanText, type TextHit } from '../../lint/text/scan-text';
import { TRANSLATABLE } from '../mapping/field-names';
import { problem } from '../source/table';

/** The import's key for a text finding: 'injected-term.brand' → 'LINT_INJECTED_TERM.brand'. */
export function importKeyOf(key: TextHit['key']): ImportProblemKey {
  const [rule, detail] = key.split('.');
  return `LINT_${rule!.toUpperCase().replace(/-/g, '_')}${detail ? `.${detail}` : ''}` as ImportProblemKey;
}

/**
 * The content check's text rules, run on each imported row: a pasted advertisement or phone number shows up
 * in the dry run, next to its line, instead of weeks later when someone tries to publish.
 */
export function lintRowText(input: ExhibitInput, line: number, where: (line: number) => string, allowed: readonly string[]): ImportProblem[] {
  const out: ImportProblem[] = [];
  for (const f of TRANSLATABLE) {
    for (const lang of ['zh', 'en', 'mn'] as const) {
      const text = input[f][lang];
      if (!text) continue;
      for (const hit of scanText(text, { lang, isName: f === 'name', allowed })) {
        out.push(
          problem({
            severity: 'warning',
            key: importKeyOf(hit.key),
            line,
            params: hit.params,
            field: lang === 'zh' ? f : `${f}.${lang}`,
            value: hit.token,
            message: `${where(line).replace(/^./, (c) => c.toUpperCase())}, ${f}${lang === 'zh' ? '' : ` (${lang})`}: ${hit.message} Publishing will be blocked until it is fixed or waived.`,
            suggestion: hit.suggestion,
          }),
        );
      }
    }
  }
  return out;
}
