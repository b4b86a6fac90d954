import { ApiError } from '../../api/client';
import { call } from './curator-api';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Sends a file to the archive's staging area in chunks (each request stays small, works the same over IPC
 * and HTTP); a dropped chunk is retried. Returns the upload id the engine then turns into a photo or reads.
 */
export async function uploadFile(file: File, onProgress: (fraction: number) => void = () => {}, relativePath?: string): Promise<string> {
  const { uploadId, chunkBytes } = await call('uploadBegin', { name: file.name || 'file', size: file.size, ...(relativePath ? { relativePath } : {}) });
  let offset = 0;
  onProgress(0);
  while (offset < file.size) {
    const bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
    for (let attempt = 1; ; attempt++) {
      try {
        await call('uploadChunk', { uploadId, offset, data: toBase64(bytes) });
        break;
      } catch (e) {
        if (attempt >= 3 || !(e instanceof ApiError) || e.code !== 'OFFLINE') throw e;
      }
    }
    offset += bytes.length;
    onProgress(file.size ? offset / file.size : 1);
  }
  return uploadId;
}
