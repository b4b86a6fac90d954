/**
 * Errors a person can act on. `code` is stable (tests and the UI switch on it); `message` is written for a
 * curator, naming the file, row and field where there is one.
 */
export class ArchiveError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export function isArchiveError(e: unknown): e is ArchiveError {
  return e instanceof ArchiveError;
}
