import { sql as core } from './0001-core';
import { sql as search } from './0002-search';
import { sql as curation } from './0003-curation';
import { sql as importLint } from './0004-import-lint';

// In file-number order; migration N sets user_version N. Append only: a shipped migration is never edited,
// because kiosks in the field already ran it.
export const migrations: readonly string[] = [core, search, curation, importLint];
