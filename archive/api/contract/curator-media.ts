import { z } from 'zod';
import { MediaRef } from './common';
import { defineMethod } from './define';

/**
 * Files reach the archive in chunks through the ordinary API (base64 in JSON), so the same methods work
 * over Electron IPC and HTTP, and every request stays under the serve shell's 1 MB body limit.
 */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;
/** Photos are capped by the media limits; a spreadsheet may be larger. */
export const UPLOAD_MAX_BYTES = 200 * 1024 * 1024;

const UploadId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'an upload id');

export const curatorMediaMethods = {
  uploadBegin: defineMethod({
    access: 'curator',
    input: z
      .object({
        /** The file's own name, shown back in messages and matched against an import's photo column; never used as a path. */
        name: z.string().min(1).max(255),
        size: z.number().int().min(0).max(UPLOAD_MAX_BYTES),
        /** For photo folders: the path inside the chosen folder (webkitRelativePath), again only as a label. */
        relativePath: z.string().max(1000).optional(),
      })
      .strict(),
    output: z.object({ uploadId: UploadId, chunkBytes: z.number().int().positive() }),
  }),
  uploadChunk: defineMethod({
    access: 'curator',
    input: z
      .object({
        uploadId: UploadId,
        /** Where this chunk starts; a repeated chunk (a retry) is accepted once. */
        offset: z.number().int().min(0).max(UPLOAD_MAX_BYTES),
        data: z.string().max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
      })
      .strict(),
    output: z.object({ received: z.number().int().nonnegative(), complete: z.boolean() }),
  }),
  uploadDiscard: defineMethod({ access: 'curator', input: z.object({ uploadId: UploadId }).strict(), output: z.object({}) }),
  /**
   * Turns a complete upload into a stored photo (checked, EXIF-rotated, metadata stripped, derivatives made).
   * A bad file is refused with the media pipeline's specific message (MEDIA_SVG, MEDIA_CORRUPT, ...).
   */
  addPhoto: defineMethod({ access: 'curator', input: z.object({ uploadId: UploadId }).strict(), output: z.object({ photo: MediaRef, existed: z.boolean() }) }),
} as const;
