import type Database from 'better-sqlite3';
import { ArchiveError } from '../errors';

/** Applies migrations[n..] for a database at user_version n, each in its own transaction. */
export function migrate(db: Database.Database, migrations: readonly string[], upTo = migrations.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new ArchiveError(
      'ARCHIVE_TOO_NEW',
      `This archive was written by a newer version of the app (schema ${current}; this app knows up to ${migrations.length}). Update the app before opening it.`,
    );
  }
  for (let version = current; version < upTo; version++) {
    const step = migrations[version] as string;
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
