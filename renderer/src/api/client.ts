// The renderer's only door to the archive. It knows the contract's types, never its runtime code, and never
// which transport it has: Electron's preload (window.archiveApi) or the serve shell's HTTP routes.
import type { ArchiveApi, ArchiveTransport, Envelope, ErrorBody, KeyMethod, MethodName } from '../../../archive/api/contract';
import { postCall } from './http-call';
import { envelopeOf, OFFLINE, type WorkerReply } from './worker-reply';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

declare global {
  interface Window {
    /** Set by Electron's preload; absent in the serve shell. */
    archiveApi?: ArchiveTransport;
  }
}

async function overHttp(method: string, input: unknown): Promise<Envelope<unknown>> {
  return envelopeOf(await postCall({ id: 0, method, body: JSON.stringify(input ?? {}) }));
}

/** Methods called on every key: they travel through a worker (see http-worker.ts for why). Typed by the
 * contract's list, so the serve shell's socket and this client always agree on which methods they are. */
const VIA_WORKER: Record<KeyMethod, true> = { search: true, pinyinCandidates: true };

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (e: Envelope<unknown>) => void>();

function httpWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./http-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
      waiting.get(e.data.id)?.(envelopeOf(e.data));
      waiting.delete(e.data.id);
    });
    worker.addEventListener('error', () => {
      // A worker that cannot start (an unusual shell, a strict policy): fall back to the main thread for good.
      worker = null;
      for (const [id, resolve] of waiting) {
        waiting.delete(id);
        resolve(OFFLINE);
      }
    });
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Starts the worker ahead of the first call (a screen that calls on every key does this when it opens), so the
 * visitor's first key does not wait for the worker's script to load and start. A no-op under Electron.
 */
export function prepareKeyCalls(transport: ArchiveTransport | undefined = typeof window === 'undefined' ? undefined : window.archiveApi): void {
  if (!transport && typeof Worker !== 'undefined') httpWorker();
}

function overWorker(w: Worker, method: string, input: unknown): Promise<Envelope<unknown>> {
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    w.postMessage({ id, method, body: JSON.stringify(input ?? {}) });
  });
}

function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  const e: ErrorBody = envelope.error;
  throw new ApiError(e.code, e.message, e.details);
}

export function createApi(transport: ArchiveTransport | undefined = typeof window === 'undefined' ? undefined : window.archiveApi): ArchiveApi {
  return new Proxy({} as ArchiveApi, {
    get(_target, prop) {
      if (typeof prop !== 'string') return undefined;
      const method = prop as MethodName;
      return async (input: unknown) => {
        const viaBridge = transport?.[method] as ((i: unknown) => Promise<Envelope<unknown>>) | undefined;
        if (viaBridge) return unwrap(await viaBridge(input ?? {}));
        const w = Object.hasOwn(VIA_WORKER, method) && typeof Worker !== 'undefined' ? httpWorker() : null;
        return unwrap(w ? await overWorker(w, method, input) : await overHttp(method, input));
      };
    },
  });
}

export const api = createApi();
