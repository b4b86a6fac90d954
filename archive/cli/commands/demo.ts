import path from 'node:path';
import { ensureArchive } from '../../demo/ensure';
import type { Command } from '../command';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo <dir>                         build the demo archive into an empty or new folder',
  async run([dir], io) {
    if (!dir) {
      io.err('demo needs a folder: demo <dir>');
      return 2;
    }
    const result = await ensureArchive(dir, io.out);
    if (result === 'existing') {
      io.err(`${path.resolve(dir)} already holds an archive; nothing was changed.`);
      return 1;
    }
    return 0;
  },
};
