import type { Command } from './command';
import { demoCommand } from './commands/demo';
import { initCommand } from './commands/init';
import { statsCommand } from './commands/stats';
import { verifyCommand } from './commands/verify';

/** Every CLI command; each lives in its own file under commands/. */
export const commands: readonly Command[] = [initCommand, demoCommand, verifyCommand, statsCommand];
