import type { EngineTexts } from '../i18n/use-engine-text';

/** Paths of translations ("name.zh", "body.en") belong to the form's one field for all three languages. */
const TRANSLATED = /^(title|name|hometown|ethnicity|unit|honours|place|body|credit|description)\./;

/**
 * Field errors of a refused save, each in the curator's language: INVALID (and PIN, name … refusals) carry
 * details.fields, a problem with a key and values per path. Paths are collapsed to the form's fields
 * ("date.start" stays, "name.zh" becomes "name"). Pure, given the engine's texts.
 */
export function fieldErrorsOf(e: unknown, text: Pick<EngineTexts, 'fieldErrors'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(text.fieldErrors(e))) out[TRANSLATED.test(k) ? k.split('.')[0]! : k] ??= v;
  return out;
}

/**
 * Field errors of a refused action, or, when the refusal names no field (an input the call itself refused),
 * the refusal's own words on the field the form would show them at.
 */
export function localFieldErrors(e: unknown, text: Pick<EngineTexts, 'fieldErrors' | 'errorLine'>, fallbackField: string): Record<string, string> {
  const fields = fieldErrorsOf(e, text);
  return Object.keys(fields).length ? fields : { [fallbackField]: text.errorLine(e) };
}
