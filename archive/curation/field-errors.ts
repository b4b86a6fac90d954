import type { z } from 'zod';
import { ArchiveError } from '../errors';

/**
 * Turns a schema's complaints into one ArchiveError whose details.fields maps "name", "date.start" or
 * "media.2.sha256" to a message, so the form can show each next to its field.
 */
export function fieldErrors(what: string, error: z.ZodError): ArchiveError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    fields[key] ??= issue.message;
  }
  const list = Object.entries(fields)
    .slice(0, 4)
    .map(([k, m]) => `${k}: ${m}`)
    .join('; ');
  return new ArchiveError('INVALID', `The ${what} cannot be saved yet: ${list}.`, { fields });
}
