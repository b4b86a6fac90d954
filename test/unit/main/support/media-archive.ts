import { openArchive, type Archive } from '../../../../archive/archive';
import { prepareMedia } from '../../../../archive/media/prepare';
import { registerMedia } from '../../../../archive/media/register';
import { makeJpeg } from '../../../support/images';

/** A real archive in `dir` holding one real photo (original + thumb + screen derivatives). */
export async function archiveWithOnePhoto(dir: string): Promise<{ archive: Archive; sha256: string }> {
  const archive = openArchive(dir, { create: true });
  const prepared = await prepareMedia(archive.root, await makeJpeg(900, 600, 7), 'portrait.jpg', 'portrait.jpg');
  registerMedia(archive.db, prepared, { alt: { zh: '肖像' } }, 'test');
  return { archive, sha256: prepared.sha256 };
}
