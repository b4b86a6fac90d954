import crypto from 'node:crypto';
import { openArchive } from '../../archive';
import { addCurator, curatorByName, listCurators, setCuratorPin, updateCurator } from '../../curation/curators';
import { FRESH } from '../../curation/lockout';
import { pinProblem } from '../../curation/pin-policy';
import { readSecret } from '../../curation/read-secret';
import { writeThrottle } from '../../curation/throttle-store';
import { parseWithArchive } from '../archive-flag';
import type { Command } from '../command';

const USAGE = [
  'curator add --archive <dir> --name <name> [--admin] [--temporary]   add a curator; asks for the PIN (or prints a temporary one)',
  '        curator list --archive <dir> [--json]',
  '        curator reset-pin --archive <dir> --name <name>                prints a temporary PIN to be replaced at the next sign-in',
  '        curator disable|enable --archive <dir> --name <name>',
  '        curator unlock --archive <dir>                                 reopens sign-in after too many wrong PINs',
].join('\n');

/** A random PIN that passes the policy, for accounts whose owner will replace it at their first sign-in. */
function temporaryPin(): string {
  for (;;) {
    const pin = String(crypto.randomInt(0, 100_000_000)).padStart(8, '0');
    if (!pinProblem(pin)) return pin;
  }
}

async function askPin(): Promise<string> {
  const pin = await readSecret('New PIN (6–12 digits): ');
  const problem = pinProblem(pin);
  if (problem) throw new Error(`That PIN cannot be used (${problem.toLowerCase().replaceAll('_', ' ')}).`);
  if (process.stdin.isTTY && (await readSecret('Type it again: ')) !== pin) throw new Error('The two PINs differ; nothing was changed.');
  return pin;
}

export const curatorCommand: Command = {
  name: 'curator',
  usage: USAGE,
  async run(argv, io) {
    const [action, ...rest] = argv;
    const { archive: dir, json, values } = parseWithArchive(rest, {
      name: { type: 'string' },
      admin: { type: 'boolean', default: false },
      temporary: { type: 'boolean', default: false },
    });
    const archive = openArchive(dir);
    try {
      const { db } = archive;
      const name = typeof values.name === 'string' ? values.name : undefined;
      const needName = () => {
        if (!name) throw new Error(`curator ${action} needs --name <name>.`);
        const row = curatorByName(db, name);
        if (!row && action !== 'add') throw new Error(`There is no curator called "${name}".`);
        return row;
      };
      switch (action) {
        case 'add': {
          if (!name) throw new Error('curator add needs --name <name>.');
          const temporary = values.temporary === true;
          const pin = temporary ? temporaryPin() : await askPin();
          const c = await addCurator(db, { name, role: values.admin ? 'admin' : 'curator', pin, mustChangePin: temporary }, 'cli');
          io.out(`Added ${c.role === 'admin' ? 'administrator' : 'curator'} "${c.name}".`);
          if (temporary) io.out(`Temporary PIN: ${pin}  (to be replaced at the first sign-in)`);
          return 0;
        }
        case 'list': {
          const list = listCurators(db);
          if (json) io.out(JSON.stringify(list, null, 2));
          else if (list.length === 0) io.out('No curators yet. Add the first with: curator add --admin --name <name> --archive <dir>');
          else for (const c of list) io.out(`${c.name.padEnd(16)} ${c.role.padEnd(8)} ${c.disabled ? 'disabled' : 'active'}${c.mustChangePin ? ', must choose a PIN' : ''}; last sign-in ${c.lastSignInAt ?? 'never'}`);
          return 0;
        }
        case 'reset-pin': {
          const row = needName()!;
          const pin = temporaryPin();
          await setCuratorPin(db, row.id, pin, true, 'cli');
          io.out(`Temporary PIN for "${row.name}": ${pin}  (to be replaced at the next sign-in)`);
          return 0;
        }
        case 'disable':
        case 'enable': {
          const row = needName()!;
          updateCurator(db, row.id, { disabled: action === 'disable' }, 'cli');
          io.out(`"${row.name}" is ${action}d.`);
          return 0;
        }
        case 'unlock':
          writeThrottle(db, FRESH);
          io.out('Sign-in is open again.');
          return 0;
        default:
          io.err(`Usage: ${USAGE}`);
          return 2;
      }
    } finally {
      archive.close();
    }
  },
};
