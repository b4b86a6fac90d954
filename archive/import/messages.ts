// Curator-facing texts travel as a key and the values that fill it; the English message beside them is what
// the CLI prints. These helpers keep a producer from emitting a key the workspace has no text for: the keys
// are listed in archive/api/contract/import-report.ts and test/unit/import/messages.test.ts checks both ends.
import type { ImportErrorKey, MessageParams } from '../api/contract/import-report';
import { ArchiveError } from '../errors';

/** 'BAD_DATE.no-month' → { code: 'BAD_DATE', detail: 'no-month' }. */
export function splitKey(key: string): { code: string; detail: string | null } {
  const dot = key.indexOf('.');
  return dot < 0 ? { code: key, detail: null } : { code: key.slice(0, dot), detail: key.slice(dot + 1) };
}

/** An import's refusal, with its text's key and values in details (detail, params) for the workspace. */
export function importError(key: ImportErrorKey, message: string, params: MessageParams, details: Record<string, unknown> = {}): ArchiveError {
  const { code, detail } = splitKey(key);
  return new ArchiveError(code, message, { ...details, ...(detail ? { detail } : {}), params });
}
