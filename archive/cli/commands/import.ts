import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../../archive';
import { DB_FILE } from '../../db/open';
import { applyPlan, buildPlan, parseMapOption, parseMappingFile, type ImportRequest } from '../../import';
import { ImportFormat } from '../../api/contract/import-report';
import { parseWithArchive } from '../archive-flag';
import type { Command } from '../command';
import { cliActor } from '../../import/cli-actor';
import { printPlan, printResult } from '../../import/report-text';

export const importCommand: Command = {
  name: 'import',
  usage:
    'import <file> --archive <dir> [--photos <dir>] [--map field=column,...] [--map-file f] [--collection slug] [--status draft|published] [--format csv|xlsx|json|jsonl] [--sheet name] [--dry-run] [--skip-rejected] [--json]',
  async run(argv, io) {
    const { archive: dir, json, values, positionals } = parseWithArchive(argv, {
      photos: { type: 'string' },
      map: { type: 'string', multiple: true },
      'map-file': { type: 'string' },
      collection: { type: 'string' },
      status: { type: 'string' },
      format: { type: 'string' },
      sheet: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-rejected': { type: 'boolean', default: false },
      actor: { type: 'string' },
    });
    const file = positionals[0];
    if (!file) {
      io.err('import needs a file: import <file> --archive <dir>');
      return 2;
    }
    const mapping: Record<string, string> = {};
    if (typeof values['map-file'] === 'string') Object.assign(mapping, parseMappingFile(fs.readFileSync(values['map-file'], 'utf8'), values['map-file']));
    for (const spec of (values.map as string[] | undefined) ?? []) Object.assign(mapping, parseMapOption(spec));
    const format = values.format === undefined ? undefined : ImportFormat.safeParse(values.format);
    if (format && !format.success) {
      io.err(`--format must be one of csv, xlsx, json, jsonl (not "${String(values.format)}").`);
      return 2;
    }
    if (values.status !== undefined && values.status !== 'draft' && values.status !== 'published') {
      io.err('--status must be draft or published.');
      return 2;
    }
    const request: ImportRequest = {
      source: { path: file },
      ...(typeof values.photos === 'string' ? { photos: { dir: values.photos } } : {}),
      ...(Object.keys(mapping).length ? { mapping } : {}),
      ...(typeof values.collection === 'string' ? { collection: values.collection } : {}),
      ...(values.status ? { status: values.status as 'draft' | 'published' } : {}),
      ...(format?.success ? { format: format.data } : {}),
      ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}),
    };
    const dryRun = values['dry-run'] === true;
    const exists = fs.existsSync(path.join(dir, DB_FILE));
    if (!exists && dryRun) {
      io.err(`No archive at ${path.resolve(dir)}. Create one with "archive init ${dir}" (an import without --dry-run creates it).`);
      return 1;
    }
    if (!exists && fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      io.err(`${path.resolve(dir)} is not empty and holds no archive; choose an empty or new folder.`);
      return 1;
    }
    const archive = openArchive(dir, { create: true });
    if (!exists) io.err(`Created a new archive in ${archive.root}`);
    try {
      const started = performance.now();
      const plan = await buildPlan(archive, request);
      const report = plan.report;
      if (dryRun || report.fatal || (report.blocking && values['skip-rejected'] !== true)) {
        if (json) io.out(JSON.stringify(report, null, 2));
        else {
          printPlan(report, io.out);
          if (report.fatal) io.out('Nothing was changed: the file cannot be imported as it is.');
          else if (report.blocking) io.out(`Nothing was changed. Fix the rows above, or import only the rows without problems with --skip-rejected${dryRun ? ' (without --dry-run)' : ''}.`);
          else io.out('Nothing was changed (dry run). To import, run the same command without --dry-run.');
        }
        return report.blocking ? 1 : 0;
      }
      const result = applyPlan(archive, plan, cliActor(values.actor), { skipRejected: values['skip-rejected'] === true }, started);
      if (json) io.out(JSON.stringify({ plan: report, result }, null, 2));
      else {
        printPlan(report, io.out, 20);
        printResult(result, dir, io.out);
      }
      return 0;
    } finally {
      archive.close();
    }
  },
};
