import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/archive';
import { curatorCommand } from '../../../archive/cli/commands/curator';
import { createCuration } from '../../../archive/curation/curation';
import { readThrottle, writeThrottle } from '../../../archive/curation/throttle-store';
import { signIn } from '../../../archive/curation/sign-in';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  const t = makeTempDir('hak-cli-curator-');
  dir = t.dir;
  cleanup = t.cleanup;
  openArchive(dir, { create: true }).close();
});
afterEach(() => cleanup());

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await curatorCommand.run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('curator CLI: the bootstrap of a real archive', () => {
  it('adds the first administrator with a temporary PIN that works once and must then be replaced', async () => {
    const added = await run('add', '--archive', dir, '--name', '王芳', '--admin', '--temporary');
    expect(added.code).toBe(0);
    const pin = /Temporary PIN: (\d{8})/.exec(added.out.join('\n'))![1]!;
    const archive = openArchive(dir);
    try {
      const s = await signIn(createCuration(archive), 'k', { pin });
      expect(s).toMatchObject({ signedIn: true, mustChangePin: true, curator: { name: '王芳', role: 'admin' } });
    } finally {
      archive.close();
    }
    const listed = JSON.parse((await run('list', '--archive', dir, '--json')).out.join('\n')) as unknown[];
    expect(listed).toEqual([expect.objectContaining({ name: '王芳', role: 'admin', mustChangePin: true })]);
    expect(JSON.stringify(listed)).not.toContain(pin);
  });

  it('resets a PIN, disables and enables, and reopens sign-in after a lockout', async () => {
    await run('add', '--archive', dir, '--name', '小林', '--temporary');
    const reset = await run('reset-pin', '--archive', dir, '--name', '小林');
    expect(reset.out.join()).toMatch(/Temporary PIN for "小林": \d{8}/);
    expect((await run('disable', '--archive', dir, '--name', '小林')).code).toBe(0);
    expect(JSON.parse((await run('list', '--archive', dir, '--json')).out.join(''))).toEqual([expect.objectContaining({ disabled: true })]);
    await run('enable', '--archive', dir, '--name', '小林');
    const archive = openArchive(dir);
    writeThrottle(archive.db, { failures: 9, lockedUntilMs: Date.now() + 600_000, lastFailureMs: Date.now() });
    archive.close();
    expect((await run('unlock', '--archive', dir)).out).toEqual(['Sign-in is open again.']);
    const again = openArchive(dir);
    expect(readThrottle(again.db).failures).toBe(0);
    again.close();
  });

  it('names what is missing instead of guessing', async () => {
    await expect(run('add', '--archive', dir)).rejects.toThrow(/--name/);
    await expect(run('reset-pin', '--archive', dir, '--name', '没有这个人')).rejects.toThrow(/no curator called "没有这个人"/);
    expect((await run('frobnicate', '--archive', dir)).code).toBe(2);
  });
});
