import fs from 'node:fs';
import path from 'node:path';
import { openArchive, type Archive } from '../../../archive/archive';
import { loadPoems, readPoems, SAMPLE_POEMS } from './poems-archive';

/** Builds an archive holding the committed poems sample (2,986 poems) in `dir`. */
export function buildSampleArchive(dir: string): void {
  const archive = openArchive(dir, { create: true });
  try {
    loadPoems(archive.db, readPoems(SAMPLE_POEMS));
    archive.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    archive.close();
  }
}

/** A fresh copy of a built archive, opened: each test writes to its own real SQLite file. */
export function copyArchive(template: string, target: string): Archive {
  fs.cpSync(template, target, { recursive: true });
  for (const f of ['-wal', '-shm']) fs.rmSync(path.join(target, `archive.db${f}`), { force: true });
  return openArchive(target);
}
