import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../../archive';
import { DB_FILE } from '../../db/open';
import type { Command } from '../command';

export const initCommand: Command = {
  name: 'init',
  usage: 'init <dir>                         create an empty archive',
  async run([dir], io) {
    if (!dir) {
      io.err('init needs a folder: init <dir>');
      return 2;
    }
    if (fs.existsSync(path.join(dir, DB_FILE))) {
      io.err(`${path.resolve(dir)} already holds an archive.`);
      return 1;
    }
    openArchive(dir, { create: true }).close();
    io.out(`Created an empty archive in ${path.resolve(dir)}`);
    return 0;
  },
};
