import { z } from 'zod';
import { isArchiveError } from '../errors';
import { contract, type Envelope, type MethodName } from './contract';
import type { Caller, Handlers } from './handler-types';

/** Decides whether a caller may use a method; curator sessions plug in here. */
export interface AccessGate {
  /** Returns the caller with `curator` set, or throws ArchiveError('UNAUTHORISED' | 'FORBIDDEN'). */
  admit(method: MethodName, access: 'curator' | 'admin', caller: Caller): Caller;
  /** For visitor methods: a signed-in curator in preview mode sees drafts on the visitor screens. */
  audienceFor(caller: Caller): Caller['audience'];
}

export const denyAllGate: AccessGate = {
  admit() {
    throw Object.assign(new Error('Curator sign-in is not available on this kiosk.'), { code: 'UNAUTHORISED' });
  },
  audienceFor: () => 'visitor',
};

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

function issuesMessage(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`)
    .join('; ');
}

export type Dispatch = (method: string, rawInput: unknown, caller: Caller) => Promise<Envelope<unknown>>;

/**
 * The one place a call from outside meets the engine: unknown method → error, input parsed by the method's
 * schema, access checked, output checked against its schema, every failure turned into an envelope.
 */
export function createDispatcher(handlers: Handlers, gate: AccessGate = denyAllGate, log: (message: string) => void = (m) => console.error(m)): Dispatch {
  return async (method, rawInput, caller) => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no method "${String(method).slice(0, 60)}".` } };
    const def = contract[method];
    try {
      const admitted = def.access === 'visitor' ? { ...caller, audience: gate.audienceFor(caller) } : gate.admit(method, def.access, caller);
      const parsed = def.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        return { ok: false, error: { code: 'BAD_INPUT', message: `Invalid input for ${method}: ${issuesMessage(parsed.error)}` } };
      }
      const handler = handlers[method] as (input: unknown, caller: Caller) => unknown;
      const value = await handler(parsed.data, admitted);
      const checked = def.output.safeParse(value);
      if (!checked.success) {
        return { ok: false, error: { code: 'INTERNAL', message: `The archive returned an unexpected result for ${method}: ${issuesMessage(checked.error)}` } };
      }
      return { ok: true, value: checked.data };
    } catch (e) {
      if (isArchiveError(e)) return { ok: false, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } };
      const code = (e as { code?: unknown }).code;
      if (code === 'UNAUTHORISED' || code === 'FORBIDDEN') return { ok: false, error: { code, message: (e as Error).message } };
      log(`archive: ${method} failed: ${(e as Error).stack ?? String(e)}`);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside the archive. The problem has been logged.' } };
    }
  };
}
