import type { z } from 'zod';
import type { FieldError, FieldErrorKey, FieldErrors, MessageParams } from '../api/contract';
import { ruleOf } from '../api/contract/schema-rules';
import { ArchiveError } from '../errors';

/** One field's problem as the workspace words it (key + values), with the English the CLI and logs read. */
export function fieldProblem(key: FieldErrorKey, message: string, params: MessageParams = {}): FieldError {
  return { key, params, message };
}

/** A refusal naming one field: INVALID unless the problem has its own code (WRONG_PIN, NAME_TAKEN …). */
export function fieldRefusal(field: string, problem: FieldError, code = 'INVALID'): ArchiveError {
  return new ArchiveError(code, problem.message, { fields: { [field]: problem } satisfies FieldErrors });
}


/** One schema complaint as a field problem; the limits keep their numbers, anything unforeseen its words. */
export function zodFieldProblem(issue: z.core.$ZodIssue): FieldError {
  const i = issue as z.core.$ZodIssue & { origin?: string; maximum?: number | bigint; minimum?: number | bigint; expected?: string; received?: string };
  const ours = ruleOf(i);
  if (ours) return fieldProblem(ours.rule === 'date-form' ? (`date-form.${ours.values.precision}` as FieldErrorKey) : ours.rule, i.message);
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
