// What the curator workspace's refusals carry besides their English message: a problem per form field and,
// when publishing is refused, the content check's findings. Keys and values only: the workspace words them in
// the curator's language (renderer/src/curator/i18n/engine), test/unit/import/messages.test.ts checks both ends.
import { z } from 'zod';
import { MessageParams } from './import-report';
import { LintFinding } from './lint-report';

/** Every problem a form field can be refused with (ArchiveError details.fields[path].key). */
export const FIELD_ERROR_KEYS = [
  // The schema's general limits and types.
  'required',
  'too-long',
  'too-short',
  'too-many',
  'too-few',
  'too-big',
  'too-small',
  'not-number',
  'not-whole-number',
  'wrong-type',
  'not-an-option',
  'unknown-field',
  // Exhibits.
  'name-missing',
  'death-before-birth',
  'date-needs-start',
  'only-range-end',
  'range-order',
  'date-pattern',
  'date-not-real',
  'date-form.year',
  'date-form.month',
  'date-form.day',
  'cover-not-photo',
  'uid-taken',
  'photos-out-of-step',
  // Collections.
  'title-missing',
  'slug-pattern',
  'slug-taken',
  'slug-fixed',
  // Curators and PINs.
  'curator-name-length',
  'curator-name-taken',
  'pin-wrong',
  'pin-unchanged',
  'pin-not-digits',
  'pin-too-short',
  'pin-too-long',
  'pin-too-simple',
  // Kiosk settings.
  'hours-form',
  'hours-order',
  'collection-unknown',
  // A schema rule nobody foresaw: its English words travel in params.issue.
  'other',
] as const;
export type FieldErrorKey = (typeof FIELD_ERROR_KEYS)[number];

/** One field's problem: its text's key and values, and the same in English for the CLI and logs. */
export const FieldError = z.object({ key: z.string(), params: MessageParams, message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

/** details.fields of an INVALID (or a PIN, name …) refusal: "name", "date.start", "kiosk.idleSeconds" → its problem. */
export const FieldErrors = z.record(z.string(), FieldError);
export type FieldErrors = z.infer<typeof FieldErrors>;

/**
 * What happened to a publication the content check refused (PUBLISH_BLOCKED details.detail): a draft was saved
 * but not published; a change to a published exhibit was not saved at all; a status change was not made.
 */
export const PUBLISH_BLOCKED_KEYS = ['PUBLISH_BLOCKED.saved-as-draft', 'PUBLISH_BLOCKED.not-saved', 'PUBLISH_BLOCKED.not-published'] as const;
export type PublishBlockedKey = (typeof PUBLISH_BLOCKED_KEYS)[number];

/** PUBLISH_BLOCKED details: which case, how many findings, and each blocking finding as the content check has it. */
export const PublishBlockedDetails = z.object({
  detail: z.enum(['saved-as-draft', 'not-saved', 'not-published']),
  params: z.object({ count: z.number().int().nonnegative() }),
  savedAsDraft: z.boolean(),
  findings: z.array(LintFinding),
});
export type PublishBlockedDetails = z.infer<typeof PublishBlockedDetails>;
