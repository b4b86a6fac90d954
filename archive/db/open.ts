import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ArchiveError } from '../errors';
import { migrate } from './migrate';
import { migrations } from './migrations';

export const DB_FILE = 'archive.db';

export interface OpenOptions {
  /** Create the folder and an empty archive when none exists. */
  create?: boolean;
  readonly?: boolean;
}

export function openDatabase(dir: string, options: OpenOptions = {}): Database.Database {
  const root = path.resolve(dir);
  const file = path.join(root, DB_FILE);
  if (!fs.existsSync(file)) {
    if (!options.create) {
      throw new ArchiveError('ARCHIVE_MISSING', `No archive at ${root} (there is no ${DB_FILE}). Create one with "archive init ${dir}".`);
    }
    fs.mkdirSync(root, { recursive: true });
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !options.create });
  } catch (e) {
    throw new ArchiveError('ARCHIVE_UNREADABLE', `Cannot open ${file}: ${(e as Error).message}`);
  }
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db, migrations);
    else if ((db.pragma('user_version', { simple: true }) as number) > migrations.length) migrate(db, migrations);
  } catch (e) {
    db.close();
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError('ARCHIVE_UNREADABLE', `${file} is not a readable archive: ${(e as Error).message}`);
  }
  return db;
}
