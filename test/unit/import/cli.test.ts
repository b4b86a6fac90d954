// The CLI commands run in-process with a captured terminal: what a curator or a script sees and the exit codes.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupCommand } from '../../../archive/cli/commands/backup';
import { importCommand } from '../../../archive/cli/commands/import';
import { lintCommand } from '../../../archive/cli/commands/lint';
import { restoreCommand } from '../../../archive/cli/commands/restore';
import { openArchive } from '../../../archive/archive';
import { makeTempDir } from '../../support/temp-dir';
import { count, fixture, newArchive } from './archive-fixture';

let env: ReturnType<typeof newArchive> | null = null;
let tmp: ReturnType<typeof makeTempDir> | null = null;
afterEach(() => {
  env?.cleanup();
  tmp?.cleanup();
  env = tmp = null;
});

async function run(cmd: typeof importCommand, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cmd.run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run archive -- import / lint / backup / restore', () => {
  it('dry-runs, refuses with the rows named, imports with --skip-rejected, and restores', async () => {
    env = newArchive();
    const dir = env.archive.root;
    env.archive.close();
    const base = [fixture('veterans-gbk.csv'), '--archive', dir, '--photos', fixture('photos'), '--collection', 'veterans', '--map', 'date=入伍时间'];
    const dry = await run(importCommand, [...base, '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.out).toContain('Dry run of veterans-gbk.csv (CSV, GBK/GB18030, comma, header on line 2) → collection veterans');
    expect(dry.out).toContain('Rows 4: 3 new, 0 to update, 0 unchanged, 1 rejected');
    expect(dry.out).toContain('ERROR   veterans-gbk.csv: Line 6, column "入伍时间": "03/04/1975" could be 3 April or March 4, 1975: the date is ambiguous.');
    expect(dry.out).toMatch(/Nothing was changed/);
    const json = await run(importCommand, [...base, '--dry-run', '--json']);
    expect(JSON.parse(json.out).counts.rejected).toBe(1);
    expect((await run(importCommand, base)).code).toBe(1);
    const ok = await run(importCommand, [...base, '--skip-rejected']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Imported: 3 created, 0 updated, 0 unchanged, 1 rejected row\(s\) left out; photos 4 added/);
    const backupId = /Backup taken before the import: (\S+)\./.exec(ok.out)![1]!;

    const lint = await run(lintCommand, ['--archive', dir]);
    expect(lint.code).toBe(1);
    expect(lint.out).toMatch(/BLOCKED: 3 exhibits, 4 photos checked; \d+ blocking/);
    const list = await run(backupCommand, ['--archive', dir, '--list']);
    expect(list.out).toContain(backupId);
    const restored = await run(restoreCommand, [backupId, '--archive', dir]);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(new RegExp(`Restored backup ${backupId}`));
    const a = openArchive(dir);
    expect(count(a.db, 'exhibits')).toBe(0);
    a.close();
  });

  it('creates a new archive for a corpus imported with --map, as the search issue does', async () => {
    tmp = makeTempDir('hak-cli-');
    const dir = path.join(tmp.dir, 'poems-archive');
    const file = path.join(tmp.dir, 'poems.jsonl');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, ['{"id":"tang-1","title":"静夜思","author":"李白","dynasty":"唐","text":"床前明月光"}', '{"id":"ci-1","title":"水调歌头","author":"苏轼","dynasty":"宋","text":"明月几时有"}'].join('\n'));
    const r = await run(importCommand, [file, '--archive', dir, '--map', 'title=title,name=author,body=text,tags=dynasty']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Created a new archive/);
    expect(r.out).toMatch(/Imported: 2 created/);
    expect(r.out).toMatch(/Created the collection "imported"/);
  });

  it('explains bad arguments', async () => {
    env = newArchive();
    expect((await run(importCommand, ['--archive', env.archive.root])).code).toBe(2);
    expect((await run(importCommand, [fixture('formula.csv'), '--archive', env.archive.root, '--format', 'xls'])).err).toMatch(/--format must be one of/);
    expect((await run(restoreCommand, ['--archive', env.archive.root])).err).toMatch(/needs a backup id/);
    expect((await run(lintCommand, ['--archive', env.archive.root, '--waive', '0123456789abcdef0123'])).err).toMatch(/needs a reason/);
  });
});
