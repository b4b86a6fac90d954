import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface ArchiveArgs {
  archive: string;
  json: boolean;
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** Parses `--archive <dir>` and `--json` plus a command's own options; every archive command takes them. */
export function parseWithArchive(argv: string[], options: NonNullable<ParseArgsConfig['options']>): ArchiveArgs {
  const parsed = parseArgs({ args: argv, options: { archive: { type: 'string' }, json: { type: 'boolean', default: false }, ...options }, allowPositionals: true, strict: true });
  const values = parsed.values as ArchiveArgs['values'];
  const archive = values.archive;
  if (typeof archive !== 'string' || !archive) throw new Error('Name the archive folder with --archive <dir>.');
  return { archive, json: values.json === true, values, positionals: parsed.positionals };
}
