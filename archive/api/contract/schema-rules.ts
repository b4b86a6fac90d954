// The contract's own rules raise their complaints with a stable key in the issue's params. The workspace and
// the import report name a rule by that key (and show their own words for it); the English message stays for
// the CLI and the logs, and can be reworded without breaking either.
import type { z } from 'zod';

export const SCHEMA_RULES = [
  'name-missing',
  'death-before-birth',
  'date-needs-start',
  'only-range-end',
  'range-order',
  'cover-not-photo',
  'date-pattern',
  'date-not-real',
  'date-form',
  'slug-pattern',
] as const;
export type SchemaRule = (typeof SCHEMA_RULES)[number];

/** The values a rule's text fills in (a date form's precision and how it is written). */
export type RuleValues = Record<string, string>;

/** A rule's complaint for ctx.addIssue: its English words, where, and its key. */
export function ruleIssue(rule: SchemaRule, message: string, path: (string | number)[], values: RuleValues = {}): z.core.$ZodRawIssue {
  return { code: 'custom', message, path, input: undefined, params: { rule, ...values } };
}

/** The second argument of .refine() for one of our rules. */
export const ruleCheck = (rule: SchemaRule, message: string) => ({ message, params: { rule } }) as const;

/** The rule a complaint was raised by, with its values; null for zod's own checks (lengths, types …). */
export function ruleOf(issue: z.core.$ZodIssue): { rule: SchemaRule; values: RuleValues } | null {
  if (issue.code !== 'custom') return null;
  const { rule, ...values } = (issue.params ?? {}) as { rule?: unknown } & RuleValues;
  return typeof rule === 'string' && (SCHEMA_RULES as readonly string[]).includes(rule) ? { rule: rule as SchemaRule, values } : null;
}
