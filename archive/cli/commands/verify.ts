import { openArchive } from '../../archive';
import { verifyArchive } from '../../verify';
import { parseWithArchive } from '../archive-flag';
import type { Command } from '../command';

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'verify --archive <dir> [--json]    check the database and every media file; exit 1 on any problem',
  async run(argv, io) {
    const { archive: dir, json } = parseWithArchive(argv, {});
    const archive = openArchive(dir, { readonly: true });
    try {
      const report = verifyArchive(archive);
      if (json) io.out(JSON.stringify(report, null, 2));
      else {
        for (const p of report.problems) io.out(`PROBLEM ${p}`);
        io.out(`${report.problems.length === 0 ? 'OK' : 'FAILED'}: ${report.checked.media} media files, ${report.checked.derivatives} derivatives checked, ${report.problems.length} problems.`);
      }
      return report.problems.length === 0 ? 0 : 1;
    } finally {
      archive.close();
    }
  },
};
