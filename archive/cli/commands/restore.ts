import { openArchive } from '../../archive';
import { restoreBackup } from '../../backup';
import { parseWithArchive } from '../archive-flag';
import type { Command } from '../command';
import { cliActor } from '../../import/cli-actor';

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore <backup-id> --archive <dir> [--json]   bring the content back to a backup (the present state is backed up first)',
  async run(argv, io) {
    const { archive: dir, json, values, positionals } = parseWithArchive(argv, { actor: { type: 'string' } });
    const id = positionals[0];
    if (!id) {
      io.err('restore needs a backup id (see: backup --list --archive <dir>)');
      return 2;
    }
    const archive = openArchive(dir);
    try {
      const r = await restoreBackup(archive, id, cliActor(values.actor), { inline: true });
      if (json) io.out(JSON.stringify(r, null, 2));
      else {
        const changed = Object.entries(r.changes).map(([t, n]) => `${t} ${n}`).join(', ') || 'nothing differed';
        io.out(`Restored backup ${r.restored.id} (${r.restored.label || r.restored.reason}, ${r.restored.createdAt}). Rows changed: ${changed}.`);
        io.out(`The state before this restore was kept as backup ${r.safetyBackup.id}.`);
      }
      return 0;
    } finally {
      archive.close();
    }
  },
};
