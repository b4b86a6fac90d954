// The import check tells apart the photos no row of the sheet names from the photos of rows that are not
// imported because of their errors: the first are probably the wrong folder, the second come in once the rows
// are corrected.
import { afterEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../archive/import';
import { printPlan } from '../../../archive/import/report-text';
import { fixture, newArchive } from '../import/archive-fixture';

let env: ReturnType<typeof newArchive>;
afterEach(() => env?.cleanup());

describe('photos the import will not use', () => {
  it('are split into those nobody asked for and those of rejected rows', async () => {
    env = newArchive();
    const r = await planImport(env.archive, { source: { path: fixture('problems-gbk.csv') }, photos: { dir: fixture('photos') }, collection: 'veterans' }, { inline: true });
    const rejected = r.rows.filter((x) => x.action === 'rejected').map((x) => x.line);
    expect(rejected).toEqual(expect.arrayContaining([3, 4, 8]));
    // 王芳 (lines 3 and 8) and 李强 (line 4) have errors; their photos wait for them.
    expect(r.photos.ofRejected).toEqual([
      { file: '李强.jpg', lines: [4] },
      { file: '王芳.jpg', lines: [3, 8] },
    ]);
    // A refused photo (drawing.jpg, an SVG) is reported as refused, not as waiting.
    expect(r.photos.ofRejected.some((x) => x.file === 'drawing.jpg')).toBe(false);
    expect(r.photos.unused.sort()).toEqual(['1970s/张伟-2.png', 'bomb.png', 'broken.jpg', 'empty.jpg', 'notes.jpg']);
    // The terminal report says the same, with the lines to correct.
    const printed: string[] = [];
    printPlan(r, (l) => printed.push(l));
    expect(printed.join('\n')).toContain('2 more photo(s) belong only to rows with errors and are not imported this time: 李强.jpg (line 4), 王芳.jpg (lines 3, 8).');
  });

  it('names without a photo column: a rejected row’s namesake photo waits for it too', async () => {
    env = newArchive();
    const r = await planImport(env.archive, { source: { name: 'n.csv', bytes: Buffer.from('姓名,出生年份\n王芳,1950\n李强,一九五x\n') }, collection: 'heroes', photos: { dir: fixture('photos') } }, { inline: true });
    expect(r.counts).toMatchObject({ new: 1, rejected: 1 });
    expect(r.photos.ofRejected).toEqual([{ file: '李强.jpg', lines: [3] }]);
    expect(r.photos.unused).not.toContain('李强.jpg');
    expect(r.photos.unused).not.toContain('王芳.jpg');
  });
});
