import type { z } from 'zod';
import type { ImportProblemKey, MessageParams } from '../../api/contract/import-report';
import { ruleOf, type SchemaRule } from '../../api/contract/schema-rules';

/** The exhibit schema's own rules (archive/api/contract/exhibit-input.ts) as the import report's keys. */
const OURS: Partial<Record<SchemaRule, ImportProblemKey>> = {
  'name-missing': 'NAME_MISSING',
  'death-before-birth': 'INVALID_FIELD.death-before-birth',
  'date-needs-start': 'INVALID_FIELD.date-needs-start',
  'only-range-end': 'INVALID_FIELD.only-range-end',
  'range-order': 'INVALID_FIELD.range-order',
  'cover-not-photo': 'INVALID_FIELD.cover',
  'date-form': 'INVALID_FIELD.date-form',
};

/** A schema complaint as the key of the workspace's text and its values; anything unforeseen keeps its words. */
export function zodIssueText(issue: z.core.$ZodIssue): { key: ImportProblemKey; params: MessageParams } {
  const i = issue as z.core.$ZodIssue & { origin?: string; maximum?: number | bigint; minimum?: number | bigint };
  if (i.code === 'too_big' && i.maximum !== undefined) {
    const max = Number(i.maximum);
    return i.origin === 'string' ? { key: 'INVALID_FIELD.too-long', params: { max } } : i.origin === 'array' ? { key: 'INVALID_FIELD.too-many', params: { max } } : { key: 'INVALID_FIELD.too-big', params: { max } };
  }
  if (i.code === 'too_small' && i.minimum !== undefined) {
    const min = Number(i.minimum);
    return i.origin === 'number' ? { key: 'INVALID_FIELD.too-small', params: { min } } : { key: 'INVALID_FIELD.too-short', params: { min } };
  }
  const ours = ruleOf(i);
  const key = ours && OURS[ours.rule];
  if (key) return { key, params: ours.values };
  return { key: 'INVALID_FIELD.other', params: { issue: i.message } };
}
