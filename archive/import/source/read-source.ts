import fs from 'node:fs';
import path from 'node:path';
import type { ImportFormat } from '../../api/contract/import-report';
import type { ArchiveError } from '../../errors';
import { importError } from '../messages';
import { IMPORT_LIMITS, mb } from '../limits';
import type { ImportSource } from '../request';
import { detectFormat } from './detect-format';
import { readCsv } from './read-csv';
import { readJson, readJsonl } from './read-json';
import { readXlsx } from './read-xlsx';
import type { SourceTable } from './table';

function limitFor(name: string, bytes: Uint8Array | null): number {
  const zip = bytes ? bytes[0] === 0x50 && bytes[1] === 0x4b : /\.xlsx$/i.test(name);
  return zip ? IMPORT_LIMITS.maxXlsxBytes : IMPORT_LIMITS.maxTextBytes;
}

function tooLarge(name: string, size: number, limit: number): ArchiveError {
  return importError(
    'IMPORT_TOO_LARGE',
    `${name} is ${mb(size)}; one import may be at most ${mb(limit)}. Split it into smaller files (for example one per year or per unit) and import them one after another.`,
    { file: name, size: mb(size), limit: mb(limit) },
    { file: name, bytes: size },
  );
}

/** Reads the file, refusing an oversized one from its size alone (nothing is read) and an empty one by name. */
export function loadSource(source: ImportSource): { name: string; bytes: Uint8Array } {
  if ('bytes' in source) {
    const limit = limitFor(source.name, source.bytes);
    if (source.bytes.length > limit) throw tooLarge(source.name, source.bytes.length, limit);
    if (source.bytes.length === 0) throw importError('IMPORT_EMPTY.bytes', `${source.name} is empty (0 bytes).`, { file: source.name }, { file: source.name });
    return { name: source.name, bytes: source.bytes };
  }
  const name = source.name ?? path.basename(source.path);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source.path);
  } catch {
    throw importError('IMPORT_MISSING', `${source.path} was not found.`, { file: name }, { file: name });
  }
  if (!stat.isFile()) throw importError('IMPORT_MISSING.folder', `${source.path} is a folder, not a file.`, { file: name }, { file: name });
  if (stat.size === 0) throw importError('IMPORT_EMPTY.bytes', `${name} is empty (0 bytes).`, { file: name }, { file: name });
  const fd = fs.openSync(source.path, 'r');
  try {
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    const limit = limitFor(name, head);
    if (stat.size > limit) throw tooLarge(name, stat.size, limit);
  } finally {
    fs.closeSync(fd);
  }
  return { name, bytes: fs.readFileSync(source.path) };
}

export async function readTable(bytes: Uint8Array, name: string, opts: { format?: ImportFormat; sheet?: string; mappedHeaders: readonly string[] }): Promise<SourceTable> {
  const format = detectFormat(bytes, name, opts.format);
  switch (format) {
    case 'csv':
      return readCsv(bytes, name, opts.mappedHeaders);
    case 'json':
      return readJson(bytes, name);
    case 'jsonl':
      return readJsonl(bytes, name);
    case 'xlsx':
      return readXlsx(bytes, name, opts.mappedHeaders, opts.sheet);
  }
}
