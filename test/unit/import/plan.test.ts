import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readExhibitInput, upsertExhibit } from '../../../archive/content/exhibit-write';
import { isArchiveError } from '../../../archive/errors';
import { applyImport, planImport, type ImportRequest } from '../../../archive/import';
import { verifyArchive } from '../../../archive/verify';
import { count, fixture, newArchive, snapshot } from './archive-fixture';

let env: ReturnType<typeof newArchive>;
afterEach(() => env?.cleanup());

const gbk: ImportRequest = { source: { path: fixture('veterans-gbk.csv') }, photos: { dir: fixture('photos') }, collection: 'veterans', mapping: { 入伍时间: 'date' } };

describe('the dry run', () => {
  it('reports a GBK sheet with a photo folder row by row, and changes nothing anyone can see', async () => {
    env = newArchive();
    const { db } = env.archive;
    const before = snapshot(db);
    const audit = count(db, 'audit_log');
    const r = await planImport(env.archive, gbk, { inline: true });
    expect(r.source).toMatchObject({ name: 'veterans-gbk.csv', format: 'csv', encoding: 'gb18030', delimiter: ',', headerLine: 2 });
    expect(r.counts).toMatchObject({ rows: 4, new: 3, updated: 0, unchanged: 0, rejected: 1 });
    expect(r.blocking).toBe(true);
    expect(r.rows.map((x) => [x.line, x.label, x.action, x.photos])).toEqual([
      [3, '王芳', 'new', 1],
      [4, '李强', 'new', 1],
      [5, '张伟', 'new', 2],
      [6, '赵敏', 'rejected', 0],
    ]);
    const amb = r.problems.find((p) => p.code === 'DATE_AMBIGUOUS')!;
    expect(amb).toMatchObject({ line: 6, column: '入伍时间', field: 'date', value: '03/04/1975', severity: 'error' });
    expect(amb.message).toBe('Line 6, column "入伍时间": "03/04/1975" could be 3 April or March 4, 1975: the date is ambiguous.');
    expect(amb.suggestion).toMatch(/1975-04-03 or 1975-03-04/);
    expect(r.photos).toMatchObject({ matched: 4, missing: 0, refused: 0 });
    expect(r.photos.list.find((p) => p.reference === '张伟-2.png')!.file).toBe('1970s/张伟-2.png');
    expect(r.photos.unused.sort()).toEqual(['bomb.png', 'broken.jpg', 'drawing.jpg', 'empty.jpg', 'notes.jpg']);
    // Nothing visible changed; the prepared photos wait unreferenced in the store.
    expect(snapshot(db)).toEqual(before);
    expect(count(db, 'audit_log')).toBe(audit);
    expect(verifyArchive(env.archive).problems).toEqual([]);
  });

  it('reads full-width digits, Chinese numerals and ranges into the date model', async () => {
    env = newArchive();
    await applyImport(env.archive, gbk, 'test', { inline: true, skipRejected: true });
    const byName = (n: string) => readExhibitInput(env.archive.db, (env.archive.db.prepare('SELECT id FROM exhibits WHERE name = ?').get(n) as { id: number }).id)!;
    expect(byName('王芳')).toMatchObject({ birthYear: 1950, date: { precision: 'month', start: '1968-03', end: null }, ethnicity: { zh: '蒙古族' }, status: 'draft', collection: 'veterans' });
    expect(byName('李强')).toMatchObject({ birthYear: 1952, date: { precision: 'month', start: '1970-12', end: null } });
    expect(byName('张伟')).toMatchObject({ date: { precision: 'range', start: '1969', end: '1975' }, honours: { zh: '三等功；优秀士兵' } });
    expect(byName('张伟').media).toHaveLength(2);
  });

  it('gives the exact reason for every photo it refuses or cannot find', async () => {
    env = newArchive();
    const csv = path.join(env.dir, 'photos.csv');
    const names = ['broken.jpg', 'drawing.jpg', 'notes.jpg', 'empty.jpg', 'bomb.png', 'missing.jpg', '王芳.jpeg'];
    fs.writeFileSync(csv, `姓名,照片\n${names.map((n, i) => `人物${i},${n}`).join('\n')}\n`);
    const r = await planImport(env.archive, { source: { path: csv }, photos: { dir: fixture('photos') }, collection: 'heroes' }, { inline: true });
    const by = Object.fromEntries(r.photos.list.map((p) => [p.reference, p]));
    expect(by['broken.jpg']).toMatchObject({ status: 'refused', code: 'MEDIA_CORRUPT' });
    expect(by['drawing.jpg']).toMatchObject({ status: 'refused', code: 'MEDIA_SVG' });
    expect(by['notes.jpg']).toMatchObject({ status: 'refused', code: 'MEDIA_NOT_IMAGE' });
    expect(by['empty.jpg']).toMatchObject({ status: 'refused', code: 'MEDIA_EMPTY' });
    expect(by['empty.jpg']!.reason).toMatch(/^empty\.jpg is empty \(0 bytes\)/);
    expect(by['bomb.png']).toMatchObject({ status: 'refused', code: 'MEDIA_TOO_LARGE' });
    expect(by['bomb.png']!.reason).toMatch(/30000×30000 pixels/);
    expect(by['missing.jpg']).toMatchObject({ status: 'missing', code: 'PHOTO_MISSING' });
    // Same name with another extension is the same photo to a curator.
    expect(by['王芳.jpeg']).toMatchObject({ status: 'matched', file: '王芳.jpg' });
    expect(r.counts).toMatchObject({ new: 1, rejected: 6 });
    const refusedProblem = r.problems.find((p) => p.code === 'PHOTO_REFUSED' && p.value === 'drawing.jpg')!;
    expect(refusedProblem.message).toMatch(/^Line 3: drawing\.jpg is an SVG drawing/);
  });

  it('finds duplicates in the file, in the archive and among photos', async () => {
    env = newArchive();
    await applyImport(env.archive, { source: { name: 'first.csv', bytes: Buffer.from('姓名,出生年份,籍贯\n王芳,1950,赤峰\n') }, collection: 'veterans' }, 'test', { inline: true });
    const csv = '编号,姓名,出生年份,籍贯,照片\n,李强,1952,宁城,李强.jpg\n,李强,1952,宁城,李强.jpg\n,张伟,1949,,\n,张伟,1949,,\nv-9,王芳,1950,赤峰市,王芳.jpg\n,赵敏,1955,,王芳.jpg\n,张伟,1949,,张伟-1.jpg\n';
    const r = await planImport(env.archive, { source: { name: 'dupes.csv', bytes: Buffer.from(csv) }, collection: 'veterans', photos: { dir: fixture('photos') } }, { inline: true });
    const codes = r.problems.map((p) => [p.code, p.line]);
    expect(codes).toContainEqual(['DUPLICATE_ROW', 3]);
    expect(codes).toContainEqual(['DUPLICATE_ROW', 5]);
    expect(codes).toContainEqual(['DUPLICATE_IN_FILE', 8]);
    expect(codes).toContainEqual(['POSSIBLE_DUPLICATE_IN_ARCHIVE', 6]);
    expect(r.duplicates.inArchive).toEqual([expect.objectContaining({ line: 6, by: 'person', label: '王芳' })]);
    expect(r.duplicates.photos).toEqual([expect.objectContaining({ files: ['王芳.jpg'], lines: [6, 7] })]);
    expect(r.duplicates.inFile.map((d) => d.lines)).toEqual([[2, 3], [4, 5, 8]]);
  });

  it('updates what a re-import changes and never erases translations, photos or a published status', async () => {
    env = newArchive();
    const { db } = env.archive;
    const req: ImportRequest = { source: { name: 'v.csv', bytes: Buffer.from('编号,姓名,事迹,照片\nv-1,王芳,在边防坚守十年。,王芳.jpg\nv-2,李强,抗洪,\n') }, collection: 'veterans', photos: { dir: fixture('photos') } };
    await applyImport(env.archive, req, 'test', { inline: true });
    const id = (db.prepare("SELECT id FROM exhibits WHERE uid = 'v-1'").get() as { id: number }).id;
    const edited = readExhibitInput(db, id)!;
    upsertExhibit(db, { ...edited, status: 'published', name: { zh: '王芳', en: 'Wang Fang' } }, 'curator');
    const again = await planImport(env.archive, req, { inline: true });
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: 2 });
    const changed = await planImport(env.archive, { ...req, source: { name: 'v.csv', bytes: Buffer.from('编号,姓名,事迹\nv-1,王芳,在边防哨所坚守十年。\n') } }, { inline: true });
    expect(changed.rows[0]).toMatchObject({ action: 'update', changed: ['body'] });
    await applyImport(env.archive, { ...req, source: { name: 'v.csv', bytes: Buffer.from('编号,姓名,事迹\nv-1,王芳,在边防哨所坚守十年。\n') } }, 'test', { inline: true });
    expect(readExhibitInput(db, id)).toMatchObject({ status: 'published', name: { zh: '王芳', en: 'Wang Fang' }, body: { zh: '在边防哨所坚守十年。' }, media: [expect.anything()] });
  });

  it('asks which collection when there are several, and names an unknown one', async () => {
    env = newArchive();
    const bytes = Buffer.from('姓名\n王芳\n');
    const r = await planImport(env.archive, { source: { name: 'a.csv', bytes } }, { inline: true });
    expect(r.fatal).toBe(true);
    expect(r.problems[0]).toMatchObject({ code: 'COLLECTION_MISSING' });
    expect(r.problems[0]!.suggestion).toMatch(/heroes \(英模肖像\), veterans \(老兵影像展\)/);
    const u = await planImport(env.archive, { source: { name: 'a.csv', bytes }, collection: 'herose' }, { inline: true });
    expect(u.problems[0]).toMatchObject({ code: 'COLLECTION_UNKNOWN', message: 'There is no collection "herose" in this archive.' });
    const byTitle = await planImport(env.archive, { source: { name: 'a.csv', bytes: Buffer.from('姓名,栏目\n王芳,老兵影像展\n李强,Portraits of heroes\n赵敏,烈士\n') } }, { inline: true });
    expect(byTitle.counts).toMatchObject({ new: 2, rejected: 1 });
  });

  it('refuses a sheet that names photos when no folder was given, and one with no name column', async () => {
    env = newArchive();
    const r = await planImport(env.archive, { source: { name: 'a.csv', bytes: Buffer.from('姓名,照片\n王芳,王芳.jpg\n') }, collection: 'heroes' }, { inline: true });
    expect(r.problems[0]).toMatchObject({ code: 'PHOTOS_NOT_GIVEN' });
    const n = await planImport(env.archive, { source: { name: 'b.csv', bytes: Buffer.from('作者,诗题\n李白,静夜思\n') }, collection: 'heroes' }, { inline: true });
    expect(n.problems[0]!.code).toBe('NO_NAME_COLUMN');
  });

  it('imports an XLSX with merged cells and a JSON file with native field names', async () => {
    env = newArchive();
    const x = await applyImport(env.archive, { source: { path: fixture('veterans.xlsx') }, collection: 'veterans', photos: { dir: fixture('photos') }, mapping: { 入伍日期: 'date' } }, 'test', { inline: true });
    expect(x.counts).toMatchObject({ created: 4 });
    const units = env.archive.db.prepare('SELECT name, unit, birth_year, date_start FROM exhibits ORDER BY id').all();
    expect(units).toEqual([
      { name: '王芳', unit: '某边防团', birth_year: 1950, date_start: '1969-02-09' },
      { name: '李强', unit: '某边防团', birth_year: 1952, date_start: null },
      { name: '张伟', unit: '某边防团', birth_year: 1949, date_start: null },
      { name: '赵敏', unit: '某通信连', birth_year: 1955, date_start: null },
    ]);
    const j = await applyImport(env.archive, { source: { path: fixture('exhibits.json') }, collection: 'heroes' }, 'test', { inline: true });
    expect(j.counts.created).toBe(2);
    const one = readExhibitInput(env.archive.db, (env.archive.db.prepare("SELECT id FROM exhibits WHERE uid = 'json-1'").get() as { id: number }).id)!;
    expect(one).toMatchObject({ name: { zh: '王芳', en: 'Wang Fang' }, tags: ['边防'], date: { precision: 'year', start: '1968' } });
    const two = readExhibitInput(env.archive.db, (env.archive.db.prepare("SELECT id FROM exhibits WHERE uid = 'json-2'").get() as { id: number }).id)!;
    expect(two).toMatchObject({ name: { zh: '李强' }, hometown: { zh: '宁城县' }, tags: ['工兵', '抗洪'] });
  });

  it('imports a poem corpus with a field mapping (title, author → name, text → body, dynasty → tags)', async () => {
    env = newArchive();
    const lines = [
      { id: 'tang-1', title: '靜夜思', author: '李白', dynasty: '唐', text: '床前明月光，疑是地上霜。' },
      { id: 'ci-1', title: '水调歌头', author: '苏轼', dynasty: '宋', text: '明月几时有？把酒问青天。' },
      { id: 'ci-2', title: '', author: '无名氏', dynasty: '宋', text: '𠀀字在此。' },
    ];
    const source = { name: 'poems.jsonl', bytes: Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n')) };
    const r = await applyImport(env.archive, { source, collection: 'heroes', mapping: { title: 'title', author: 'name', text: 'body', dynasty: 'tags' } }, 'test', { inline: true });
    expect(r.counts.created).toBe(3);
    const rows = env.archive.db.prepare('SELECT e.uid, e.title, e.name, e.body, group_concat(t.tag) AS tags FROM exhibits e JOIN exhibit_tags t ON t.exhibit_id = e.id GROUP BY e.id ORDER BY e.id').all();
    expect(rows).toEqual([
      { uid: 'tang-1', title: '靜夜思', name: '李白', body: '床前明月光，疑是地上霜。', tags: '唐' },
      { uid: 'ci-1', title: '水调歌头', name: '苏轼', body: '明月几时有？把酒问青天。', tags: '宋' },
      { uid: 'ci-2', title: '', name: '无名氏', body: '𠀀字在此。', tags: '宋' },
    ]);
  });

  it('keeps formula-looking cells as plain text and says so', async () => {
    env = newArchive();
    const r = await planImport(env.archive, { source: { path: fixture('formula.csv') }, collection: 'heroes' }, { inline: true });
    expect(r.problems.filter((p) => p.code === 'FORMULA_TEXT').map((p) => p.line)).toEqual([2, 3]);
    await applyImport(env.archive, { source: { path: fixture('formula.csv') }, collection: 'heroes' }, 'test', { inline: true });
    expect(env.archive.db.prepare("SELECT body FROM exhibits WHERE name = '王芳'").get()).toEqual({ body: "=cmd|' /C calc'!A0" });
  });

  it('warns in the dry run about text the content check will block', async () => {
    env = newArchive();
    const r = await planImport(env.archive, { source: { name: 'ad.csv', bytes: Buffer.from('姓名,事迹\n王芳,在边防坚守十年。澳门新葡京娱乐城官网www.xpj88.com注册就送彩金，客服QQ：88886666。\n') }, collection: 'heroes' }, { inline: true });
    const lint = r.problems.filter((p) => p.code.startsWith('LINT_')).map((p) => [p.code, p.value]);
    expect(lint).toEqual(expect.arrayContaining([['LINT_CONTAINS_URL', 'www.xpj88.com'], ['LINT_INJECTED_TERM', '新葡京'], ['LINT_CONTAINS_CONTACT', 'QQ：88886666']]));
  });

  it('never throws for bad files: it reports them', async () => {
    env = newArchive();
    for (const name of ['unclosed-quote.csv', 'ragged.csv', 'only-header.csv', 'exhibits.jsonl']) {
      const r = await planImport(env.archive, { source: { path: fixture(name) }, collection: 'heroes', photos: { dir: fixture('photos') } }, { inline: true });
      expect(r.problems.length + r.counts.rows).toBeGreaterThan(0);
    }
    for (const name of ['empty.csv', 'big5.csv']) {
      const e = await planImport(env.archive, { source: { path: fixture(name) }, collection: 'heroes' }, { inline: true }).catch((x: unknown) => x);
      expect(isArchiveError(e)).toBe(true);
    }
  });

  it('imports a row that asks to be published as a draft when the content check would block it', async () => {
    env = newArchive();
    const csv = '姓名,状态,事迹,照片,照片说明,替代文字\n王芳,已发布,在边防坚守十年。,王芳.jpg,1968年摄于哨所,王芳在哨所前\n李强,已发布,抗洪抢险。,李强.jpg,,\n张伟,已发布,详见www.example-ads.com,,,\n';
    const r = await applyImport(env.archive, { source: { name: 'pub.csv', bytes: Buffer.from(csv) }, collection: 'heroes', photos: { dir: fixture('photos') } }, 'test', { inline: true });
    expect(r.counts.created).toBe(3);
    expect(env.archive.db.prepare('SELECT name, status FROM exhibits ORDER BY id').all()).toEqual([
      { name: '王芳', status: 'published' },
      { name: '李强', status: 'draft' },
      { name: '张伟', status: 'draft' },
    ]);
    const plan = await planImport(env.archive, { source: { name: 'pub2.csv', bytes: Buffer.from('姓名,状态,事迹\n赵敏,published,电话13800138000\n') }, collection: 'heroes' }, { inline: true });
    expect(plan.problems.find((p) => p.code === 'PUBLISH_HELD')!.message).toMatch(/^Line 2 \("赵敏"\) asks to be published, but the content check blocks it \(Story: contains a phone number/);
  });

  it('matches staged uploads by the names (and folders) the curator chose', async () => {
    env = newArchive();
    const staged = (name: string, file: string) => ({ name, path: path.join(fixture('photos'), file) });
    const r = await planImport(
      env.archive,
      { source: { name: 'v.csv', bytes: Buffer.from('姓名,照片\n王芳,scans/王芳.jpg\n李强,李强\n') }, collection: 'heroes', photos: { files: [staged('scans/王芳.jpg', '王芳.jpg'), staged('other/李强.jpg', '李强.jpg'), staged('../../etc/x.jpg', 'notes.jpg')] } },
      { inline: true },
    );
    expect(r.photos.list.map((p) => [p.reference, p.file, p.status])).toEqual([
      ['scans/王芳.jpg', 'scans/王芳.jpg', 'matched'],
      ['李强', 'other/李强.jpg', 'matched'],
    ]);
    expect(r.photos.unused).toEqual(['etc/x.jpg']);
  });

  it('matches photos named after the person when the sheet has no photo column', async () => {
    env = newArchive();
    const r = await planImport(env.archive, { source: { name: 'n.csv', bytes: Buffer.from('姓名\n王芳\n张伟\n赵敏\n') }, collection: 'heroes', photos: { dir: fixture('photos') } }, { inline: true });
    expect(r.photos.list.map((p) => [p.line, p.file])).toEqual([
      [2, '王芳.jpg'],
      [3, '张伟-1.jpg'],
      [3, '1970s/张伟-2.png'],
    ]);
    expect(r.counts).toMatchObject({ new: 3, rejected: 0 });
  });
});
