// `npm run archive -- <command>`: the archive engine from a terminal.
import { isArchiveError } from '../errors';
import type { CliIO, Command } from './command';
import { commands } from './registry';

const io: CliIO = { out: (l) => console.log(l), err: (l) => console.error(l) };

function help(): void {
  io.out('Usage: npm run archive -- <command> [options]\n');
  for (const c of commands) io.out(`  ${c.usage}`);
}

const [name, ...rest] = process.argv.slice(2);
const command: Command | undefined = commands.find((c) => c.name === name);
if (!name || name === 'help' || name === '--help') {
  help();
  process.exitCode = name ? 0 : 2;
} else if (!command) {
  io.err(`Unknown command "${name}".`);
  help();
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await command.run(rest, io);
  } catch (e) {
    io.err(isArchiveError(e) ? `${e.message}` : `${name} failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
