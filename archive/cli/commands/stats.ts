import { openArchive } from '../../archive';
import { archiveStats } from '../../stats';
import { parseWithArchive } from '../archive-flag';
import type { Command } from '../command';

export const statsCommand: Command = {
  name: 'stats',
  usage: 'stats --archive <dir> [--json]     counts of collections, exhibits, media and translations',
  async run(argv, io) {
    const { archive: dir, json } = parseWithArchive(argv, {});
    const archive = openArchive(dir, { readonly: true });
    try {
      const s = archiveStats(archive);
      if (json) {
        io.out(JSON.stringify(s, null, 2));
        return 0;
      }
      io.out(`Schema version ${s.schemaVersion}; database ${(s.databaseBytes / 1048576).toFixed(1)} MB`);
      for (const c of s.collections) io.out(`  ${c.slug.padEnd(16)} ${c.title}  published ${c.published}, drafts ${c.drafts}`);
      io.out(`Exhibits ${s.exhibits} (${s.samples} sample); media ${s.media.count} (${(s.media.bytes / 1048576).toFixed(1)} MB)`);
      io.out(`Translations: mn ${s.translations.mn}, en ${s.translations.en}, awaiting review ${s.translations.needsReview}; audit entries ${s.auditEntries}`);
      return 0;
    } finally {
      archive.close();
    }
  },
};
