import { openArchive } from '../../archive';
import { allowTerm, lintArchive, waiveFinding } from '../../lint';
import { parseWithArchive } from '../archive-flag';
import type { Command } from '../command';
import { cliActor } from '../../import/cli-actor';

export const lintCommand: Command = {
  name: 'lint',
  usage: 'lint --archive <dir> [--json] [--published] [--waive <key> --reason "…"] [--allow <term> [--note "…"]]   content check before publishing; exit 1 while anything blocks',
  async run(argv, io) {
    const { archive: dir, json, values } = parseWithArchive(argv, {
      published: { type: 'boolean', default: false },
      waive: { type: 'string' },
      reason: { type: 'string' },
      allow: { type: 'string' },
      note: { type: 'string' },
      actor: { type: 'string' },
    });
    const archive = openArchive(dir);
    try {
      const actor = cliActor(values.actor);
      if (typeof values.waive === 'string') {
        if (typeof values.reason !== 'string') {
          io.err('A waiver needs a reason: --waive <key> --reason "why this is acceptable"');
          return 2;
        }
        const f = waiveFinding(archive.db, { key: values.waive, reason: values.reason }, actor);
        io.out(`Waived ${f.rule} on ${f.label}: ${f.message}`);
      }
      if (typeof values.allow === 'string') {
        allowTerm(archive.db, { term: values.allow, note: typeof values.note === 'string' ? values.note : '' }, actor);
        io.out(`"${values.allow}" is now an allowed term.`);
      }
      const report = await lintArchive(archive, values.published ? { onlyPublished: true } : {});
      if (json) io.out(JSON.stringify(report, null, 2));
      else {
        for (const f of report.findings) {
          const tag = f.severity === 'block' ? (f.waiver ? 'WAIVED ' : 'BLOCK  ') : 'WARNING';
          io.out(`${tag} [${f.key}] ${f.label}${f.exhibitId ? ` (exhibit ${f.exhibitId})` : ''}: ${f.message}`);
          if (f.excerpt) io.out(`          “${f.excerpt}”`);
          if (f.waiver) io.out(`          waived by ${f.waiver.actor}: ${f.waiver.reason}`);
          else if (f.suggestion && f.severity === 'block') io.out(`          → ${f.suggestion}`);
        }
        if (report.omitted) io.out(`… and ${report.omitted} more findings (use --json).`);
        for (const n of report.notes) io.out(`NOTE ${n}`);
        const c = report.counts;
        io.out(`${c.blocking === 0 ? 'OK' : 'BLOCKED'}: ${report.checked.exhibits} exhibits, ${report.checked.media} photos checked; ${c.blocking} blocking, ${c.waived} waived, ${c.warnings} warning(s).`);
      }
      return report.counts.blocking === 0 ? 0 : 1;
    } finally {
      archive.close();
    }
  },
};
