import type { MediaErrorKey } from '../api/contract/import-report';
import { ArchiveError } from '../errors';

/** The file name a caller's label stands for: uploads are labelled “name”, imports by their path. */
function fileOf(label: string): string {
  return label.replace(/^[“"](.*)[”"]$/s, '$1');
}

/**
 * A refused image: the English message for logs and the CLI, and in details the key of the workspace's own
 * text (details.detail) with the values that fill it (details.params).
 */
export function mediaRefusal(key: MediaErrorKey, label: string, message: string, params: Record<string, string | number> = {}): ArchiveError {
  const dot = key.indexOf('.');
  const code = dot < 0 ? key : key.slice(0, dot);
  const detail = dot < 0 ? null : key.slice(dot + 1);
  return new ArchiveError(code, message, { ...(detail ? { detail } : {}), params: { file: fileOf(label), ...params } });
}
