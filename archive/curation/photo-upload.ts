import type { MediaRef } from '../api/contract';
import { loadMediaRefs } from '../content/media-refs';
import { prepareMedia } from '../media/prepare';
import { registerMedia } from '../media/register';
import type { Curation } from './curation';

/**
 * Turns a finished upload into a stored photo through the media pipeline, which refuses anything that is
 * not a sound raster image with its own specific message. The staged file is removed either way.
 */
export async function addPhotoFromUpload(c: Curation, curatorId: number, uploadId: string, actor: string): Promise<{ photo: MediaRef; existed: boolean }> {
  const u = c.staging.get(curatorId, uploadId);
  try {
    const label = `“${u.name}”`;
    const prepared = await prepareMedia(c.archive.root, u.file, label, u.name.slice(0, 255));
    const { db } = c.archive;
    const outcome = db.transaction(() => registerMedia(db, prepared, {}, actor))();
    const photo = loadMediaRefs(db, [prepared.sha256]).get(prepared.sha256)!;
    return { photo, existed: outcome === 'existing' };
  } finally {
    c.staging.discard(curatorId, uploadId);
  }
}
