import { openArchive, type Archive } from '../../../archive/archive';
import { createDispatcher, type Dispatch } from '../../../archive/api/dispatch';
import { createHandlers } from '../../../archive/api/handlers';
import type { Caller } from '../../../archive/api/handler-types';
import { upsertCollection } from '../../../archive/content/collection-write';
import { curationFor, type Curation } from '../../../archive/curation/curation';
import { addCurator } from '../../../archive/curation/curators';
import { createCuratorGate } from '../../../archive/curation/gate';
import { makeTempDir } from '../../support/temp-dir';

export interface Harness {
  archive: Archive;
  curation: Curation;
  dispatch: Dispatch;
  clock: { now: number; advance(ms: number): void };
  /** Calls a method as the client holding `key` and returns the envelope. */
  call(method: string, input: unknown, key?: string): ReturnType<Dispatch>;
  /** Calls a method and returns its value, failing the test on an error envelope. */
  ok<T = unknown>(method: string, input: unknown, key?: string): Promise<T>;
  cleanup(): void;
}

/** A real archive in a temp folder with the real dispatcher, gate and handlers, on a clock the test moves. */
export function makeHarness(): Harness {
  const tmp = makeTempDir('hak-curation-');
  const archive = openArchive(tmp.dir, { create: true });
  const clock = {
    now: Date.UTC(2025, 4, 1, 9, 0, 0),
    advance(ms: number) {
      this.now += ms;
    },
  };
  const curation = curationFor(archive, { now: () => clock.now });
  const dispatch = createDispatcher(createHandlers({ archive }), createCuratorGate(curation), () => {});
  const call = (method: string, input: unknown, key = 'client-a') => dispatch(method, input, { sessionKey: key, audience: 'visitor' } satisfies Caller);
  return {
    archive,
    curation,
    dispatch,
    clock,
    call,
    async ok<T>(method: string, input: unknown, key = 'client-a') {
      const r = await call(method, input, key);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return r.value as T;
    },
    cleanup() {
      archive.close();
      tmp.cleanup();
    },
  };
}

export const ADMIN_PIN = '583920';
export const CURATOR_PIN = '640271';

/** An admin "馆长" and a curator "小林" who have already chosen their own PINs. */
export async function seedCurators(h: Harness): Promise<void> {
  await addCurator(h.archive.db, { name: '馆长', role: 'admin', pin: ADMIN_PIN, mustChangePin: false }, 'test');
  await addCurator(h.archive.db, { name: '小林', role: 'curator', pin: CURATOR_PIN, mustChangePin: false }, 'test');
  upsertCollection(h.archive.db, { slug: 'heroes', title: { zh: '英模肖像', en: 'Portraits of heroes' } }, 'test');
}

/** Sends a file through the staged-upload methods exactly as the workspace does, chunk by chunk. */
export async function uploadFile(h: Harness, bytes: Buffer, name: string, key = 'client-a'): Promise<string> {
  const { uploadId, chunkBytes } = await h.ok<{ uploadId: string; chunkBytes: number }>('uploadBegin', { name, size: bytes.length }, key);
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    await h.ok('uploadChunk', { uploadId, offset, data: bytes.subarray(offset, offset + chunkBytes).toString('base64') }, key);
  }
  return uploadId;
}

export async function addPhoto(h: Harness, bytes: Buffer, name: string, key = 'client-a'): Promise<string> {
  const uploadId = await uploadFile(h, bytes, name, key);
  return (await h.ok<{ photo: { sha256: string } }>('addPhoto', { uploadId }, key)).photo.sha256;
}
