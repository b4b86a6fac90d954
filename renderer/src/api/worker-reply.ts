import type { Envelope } from '../../../archive/api/contract';

/** What the HTTP worker posts back for a call: the response's status and body text, or that nothing answered. */
export type WorkerReply = { id: number; status: number; text: string } | { id: number; offline: true };

export const OFFLINE: Envelope<never> = { ok: false, error: { code: 'OFFLINE', message: 'The archive is not answering.' } };

/** The envelope in a worker's reply; a body that is not JSON becomes an INTERNAL error naming the status. */
export function envelopeOf(reply: WorkerReply): Envelope<unknown> {
  if ('offline' in reply) return OFFLINE;
  try {
    return JSON.parse(reply.text) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `The archive answered ${reply.status} without a result.` } };
  }
}
