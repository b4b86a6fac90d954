import { sql as core } from './0001-core';

// Append only: a shipped migration is never edited, because kiosks in the field already ran it.
export const migrations: readonly string[] = [core];
