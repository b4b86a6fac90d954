import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Archive } from './archive';
import { mediaFilePath } from './media/paths';

export interface VerifyReport {
  problems: string[];
  checked: { media: number; derivatives: number };
}

function sha256File(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n: number;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Proves an archive is whole: SQLite's own integrity and foreign-key checks, every original present with the
 * hash it is named by, every derivative present on disk and in the database.
 */
export function verifyArchive(archive: Archive, opts: { hashes?: boolean } = {}): VerifyReport {
  const { db, root } = archive;
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const r of integrity) if (r.integrity_check !== 'ok') problems.push(`database: ${r.integrity_check}`);
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const r of fk) problems.push(`database: ${r.table} row ${r.rowid} points at a missing ${r.parent}`);

  const media = db.prepare('SELECT sha256, ext, bytes FROM media ORDER BY sha256').all() as { sha256: string; ext: string; bytes: number }[];
  let derivatives = 0;
  const derivStmt = db.prepare<[string], { variant: 'thumb' | 'screen'; mime: string; bytes: number }>('SELECT variant, mime, bytes FROM media_derivatives WHERE sha256 = ?');
  for (const m of media) {
    const file = mediaFilePath(root, m.sha256, 'original', m.ext);
    if (!fs.existsSync(file)) {
      problems.push(`media ${m.sha256}: original file is missing (${file})`);
    } else {
      const size = fs.statSync(file).size;
      if (size !== m.bytes) problems.push(`media ${m.sha256}: original is ${size} bytes, the database says ${m.bytes}`);
      else if (opts.hashes !== false && sha256File(file) !== m.sha256) problems.push(`media ${m.sha256}: original file does not match its hash`);
    }
    const rows = derivStmt.all(m.sha256);
    for (const variant of ['thumb', 'screen'] as const) {
      const row = rows.find((r) => r.variant === variant);
      if (!row) {
        problems.push(`media ${m.sha256}: no ${variant} derivative recorded`);
        continue;
      }
      derivatives++;
      const dfile = mediaFilePath(root, m.sha256, variant, row.mime === 'image/avif' ? 'avif' : 'webp');
      if (!fs.existsSync(dfile)) problems.push(`media ${m.sha256}: ${variant} derivative file is missing`);
      else if (fs.statSync(dfile).size !== row.bytes) problems.push(`media ${m.sha256}: ${variant} derivative has the wrong size`);
    }
  }
  return { problems, checked: { media: media.length, derivatives } };
}
