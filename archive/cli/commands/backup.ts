import { openArchive } from '../../archive';
import { createBackup, listBackups } from '../../backup';
import { parseWithArchive } from '../archive-flag';
import type { Command } from '../command';
import { cliActor } from '../../import/cli-actor';

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup --archive <dir> [--list] [--label "…"] [--json]   take a backup of the database (or list them)',
  async run(argv, io) {
    const { archive: dir, json, values } = parseWithArchive(argv, { list: { type: 'boolean', default: false }, label: { type: 'string' }, actor: { type: 'string' } });
    const archive = openArchive(dir);
    try {
      if (values.list) {
        const list = listBackups(archive.root);
        if (json) io.out(JSON.stringify(list, null, 2));
        else {
          for (const b of list) io.out(`${b.id}  ${b.reason.padEnd(14)} ${String(b.exhibits).padStart(6)} exhibits  ${(b.bytes / 1048576).toFixed(1).padStart(7)} MB  ${b.actor}  ${b.label}`);
          io.out(`${list.length} backup(s) in ${archive.root}/backups`);
        }
        return 0;
      }
      const info = await createBackup(archive, { actor: cliActor(values.actor), label: typeof values.label === 'string' ? values.label : '' }, { inline: true });
      if (json) io.out(JSON.stringify(info, null, 2));
      else io.out(`Backup ${info.id}: ${info.exhibits} exhibits, ${info.media} photos, ${(info.bytes / 1048576).toFixed(1)} MB. Restore it with: npm run archive -- restore ${info.id} --archive ${dir}`);
      return 0;
    } finally {
      archive.close();
    }
  },
};
