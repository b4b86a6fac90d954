import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/archive';
import { provisionArchive } from '../../../main/electron/archive-location';
import { makeTempDir } from '../../support/temp-dir';
import { archiveWithOnePhoto } from './support/media-archive';

let tmp: ReturnType<typeof makeTempDir> | null = null;
afterEach(() => tmp?.cleanup());

describe('archive in the user-data folder', () => {
  it('copies the bundled demo archive on first run, then leaves the archive alone', async () => {
    tmp = makeTempDir('hak-provision-');
    const bundled = path.join(tmp.dir, 'resources', 'demo-archive');
    const { archive, sha256 } = await archiveWithOnePhoto(bundled);
    archive.close();
    const target = path.join(tmp.dir, 'userData', 'archive');
    expect(await provisionArchive(target, bundled)).toBe('copied-demo');
    const copy = openArchive(target);
    expect(copy.db.prepare('SELECT sha256 FROM media').all()).toEqual([{ sha256 }]);
    copy.db.prepare("INSERT INTO settings (key, value) VALUES ('idleSeconds', '99')").run();
    copy.close();
    expect(await provisionArchive(target, bundled)).toBe('existing');
    const again = openArchive(target);
    expect(again.db.prepare("SELECT value FROM settings WHERE key = 'idleSeconds'").get()).toEqual({ value: '99' });
    again.close();
    expect(fs.readdirSync(path.dirname(target))).toEqual(['archive']);
  });

  it('refuses to copy over a folder that holds something else', async () => {
    tmp = makeTempDir('hak-provision-');
    const bundled = path.join(tmp.dir, 'demo');
    (await archiveWithOnePhoto(bundled)).archive.close();
    const target = path.join(tmp.dir, 'photos');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'holiday.jpg'), 'x');
    await expect(provisionArchive(target, bundled)).rejects.toThrow(/holds no archive/);
    expect(fs.readdirSync(target)).toEqual(['holiday.jpg']);
  });
});
