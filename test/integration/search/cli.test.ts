// `npm run archive -- search "<query>" --archive <dir> [--json] [--limit n]`, run in-process.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCommand } from '../../../archive/cli/commands/search';
import { makeTempDir } from '../../support/temp-dir';
import { buildSampleArchive } from './sample-archive';

let tmp: ReturnType<typeof makeTempDir>;
let dir: string;

beforeAll(() => {
  tmp = makeTempDir('hak-search-cli-');
  dir = path.join(tmp.dir, 'poems');
  buildSampleArchive(dir);
});
afterAll(() => tmp?.cleanup());

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await searchCommand.run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('archive search', () => {
  it('prints ranked results as JSON with id, title, name, collection, score and highlights', async () => {
    const { code, out } = await run('李白', '--archive', dir, '--json', '--limit', '3');
    expect(code).toBe(0);
    const json = JSON.parse(out.join('\n')) as { query: string; total: number; didYouMean: string | null; results: Record<string, unknown>[] };
    expect(json.query).toBe('李白');
    expect(json.total).toBeGreaterThan(100);
    expect(json.results).toHaveLength(3);
    expect(Object.keys(json.results[0]!).sort()).toEqual(['collection', 'highlights', 'id', 'match', 'name', 'score', 'title']);
    expect(json.results[0]).toMatchObject({ name: '李白', collection: 'poems', score: 100 });
  });

  it('prints a readable list with the matches marked, and the guess for a typo', async () => {
    const { code, out } = await run('静夜死', '--archive', dir);
    expect(code).toBe(0);
    expect(out[0]).toContain('did you mean "静夜思"');
    expect(out.join('\n')).toContain('【靜夜思】');
  });

  it('refuses a missing query or a bad --limit with a message that says what to do', async () => {
    await expect(run('--archive', dir)).rejects.toThrow(/Give the text to search for/);
    await expect(run('月', '--archive', dir, '--limit', 'lots')).rejects.toThrow(/--limit must be a whole number/);
    await expect(run('月', '--archive', path.join(tmp.dir, 'nowhere'))).rejects.toThrow(/No archive/);
  });
});
