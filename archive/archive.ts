import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, type OpenOptions } from './db/open';
import { sweepTemp } from './media/atomic-write';
import { tempDir } from './media/paths';

/** One archive is one folder: archive.db plus the content-addressed media store beside it. */
export interface Archive {
  readonly root: string;
  readonly db: Database.Database;
  close(): void;
}

export function openArchive(dir: string, options: OpenOptions = {}): Archive {
  const root = path.resolve(dir);
  const db = openDatabase(root, options);
  if (!options.readonly) sweepTemp(tempDir(root));
  return {
    root,
    db,
    close: () => db.close(),
  };
}
