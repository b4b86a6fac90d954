// The renderer's only door to the archive. It knows the contract's types, never its runtime code, and never
// which transport it has: Electron's preload (window.archiveApi) or the serve shell's HTTP routes.
import type { ArchiveApi, ArchiveTransport, Envelope, ErrorBody, MethodName } from '../../../archive/api/contract';

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
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'OFFLINE', message: 'The archive is not answering.' } };
  }
  try {
    return (await res.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `The archive answered ${res.status} without a result.` } };
  }
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
        return unwrap(viaBridge ? await viaBridge(input ?? {}) : await overHttp(method, input));
      };
    },
  });
}

export const api = createApi();
