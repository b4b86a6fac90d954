import type { Command } from './command';
import { curatorCommand } from './commands/curator';
import { demoCommand } from './commands/demo';
import { initCommand } from './commands/init';
import { statsCommand } from './commands/stats';
import { verifyCommand } from './commands/verify';
import { importCommand } from './commands/import';
import { lintCommand } from './commands/lint';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { searchCommand } from './commands/search';

/** Every CLI command; each lives in its own file under commands/. */
export const commands: readonly Command[] = [initCommand, demoCommand, verifyCommand, statsCommand, curatorCommand, searchCommand, importCommand, lintCommand, backupCommand, restoreCommand];
