import type { z } from 'zod';
import type { ImportProblemKey, MessageParams } from '../../api/contract/import-report';

/** The exhibit schema's own rules (archive/api/contract/exhibit-input.ts) by their message. */
const CUSTOM: Record<string, ImportProblemKey> = {
  'an exhibit needs a name or a title in Chinese': 'NAME_MISSING',
  'death year is before birth year': 'INVALID_FIELD.death-before-birth',
  'a date needs a start unless its precision is unknown': 'INVALID_FIELD.date-needs-start',
  'only a range has an end date': 'INVALID_FIELD.only-range-end',
  'the range ends before it starts': 'INVALID_FIELD.range-order',
  'the cover must be one of the exhibit’s photos': 'INVALID_FIELD.cover',
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
  if (i.code === 'custom') {
    const known = CUSTOM[i.message];
    if (known) return { key: known, params: {} };
    const form = /^a (year|month|day) date is written (\S+)$/.exec(i.message);
    if (form) return { key: 'INVALID_FIELD.date-form', params: { precision: form[1]!, form: form[2]! } };
  }
  return { key: 'INVALID_FIELD.other', params: { issue: i.message } };
}
