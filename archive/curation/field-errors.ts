import type { z } from 'zod';
import type { FieldError, FieldErrorKey, FieldErrors, MessageParams } from '../api/contract';
import { ArchiveError } from '../errors';

/** One field's problem as the workspace words it (key + values), with the English the CLI and logs read. */
export function fieldProblem(key: FieldErrorKey, message: string, params: MessageParams = {}): FieldError {
  return { key, params, message };
}

/** A refusal naming one field: INVALID unless the problem has its own code (WRONG_PIN, NAME_TAKEN …). */
export function fieldRefusal(field: string, problem: FieldError, code = 'INVALID'): ArchiveError {
  return new ArchiveError(code, problem.message, { fields: { [field]: problem } satisfies FieldErrors });
}

/**
 * The schemas' own rules (archive/api/contract: exhibit-input.ts, common.ts, content/collection-write.ts), by
 * the words they are declared with. test/unit/curation/field-errors.test.ts breaks each rule and checks that
 * none of them ends up as 'other'.
 */
const RULES: Record<string, FieldErrorKey> = {
  'an exhibit needs a name or a title in Chinese': 'name-missing',
  'death year is before birth year': 'death-before-birth',
  'a date needs a start unless its precision is unknown': 'date-needs-start',
  'only a range has an end date': 'only-range-end',
  'the range ends before it starts': 'range-order',
  'the cover must be one of the exhibit’s photos': 'cover-not-photo',
  'must be YYYY, YYYY-MM or YYYY-MM-DD': 'date-pattern',
  'is not a real calendar date': 'date-not-real',
  'a year date is written YYYY': 'date-form.year',
  'a month date is written YYYY-MM': 'date-form.month',
  'a day date is written YYYY-MM-DD': 'date-form.day',
  'use lower-case letters, digits and hyphens': 'slug-pattern',
  'a name is needed': 'required',
};

/** One schema complaint as a field problem; the limits keep their numbers, anything unforeseen its words. */
export function zodFieldProblem(issue: z.core.$ZodIssue): FieldError {
  const i = issue as z.core.$ZodIssue & { origin?: string; maximum?: number | bigint; minimum?: number | bigint; expected?: string; received?: string };
  const known = RULES[i.message];
  if (known) return fieldProblem(known, i.message);
  if (i.code === 'too_big' && i.maximum !== undefined) {
    const max = Number(i.maximum);
    const key: FieldErrorKey = i.origin === 'string' ? 'too-long' : i.origin === 'array' || i.origin === 'set' ? 'too-many' : 'too-big';
    return fieldProblem(key, i.message, { max });
  }
  if (i.code === 'too_small' && i.minimum !== undefined) {
    const min = Number(i.minimum);
    if (i.origin === 'string') return min <= 1 ? fieldProblem('required', i.message) : fieldProblem('too-short', i.message, { min });
    if (i.origin === 'array' || i.origin === 'set') return fieldProblem('too-few', i.message, { min });
    return fieldProblem('too-small', i.message, { min });
  }
  if (i.code === 'invalid_type') {
    if (i.expected === 'int') return fieldProblem('not-whole-number', i.message);
    if (i.expected === 'number') return fieldProblem('not-number', i.message);
    return fieldProblem('wrong-type', i.message);
  }
  if (i.code === 'invalid_value') return fieldProblem('not-an-option', i.message);
  if (i.code === 'unrecognized_keys') return fieldProblem('unknown-field', i.message);
  return fieldProblem('other', i.message, { issue: i.message });
}

/**
 * Turns a schema's complaints into one ArchiveError whose details.fields maps "name", "date.start" or
 * "kiosk.idleSeconds" to a field problem, so the form can show each next to its field in the curator's words.
 */
export function fieldErrors(what: string, error: z.ZodError): ArchiveError {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    fields[key] ??= zodFieldProblem(issue);
  }
  const list = Object.entries(fields)
    .slice(0, 4)
    .map(([k, m]) => `${k}: ${m.message}`)
    .join('; ');
  return new ArchiveError('INVALID', `The ${what} cannot be saved yet: ${list}.`, { fields });
}
