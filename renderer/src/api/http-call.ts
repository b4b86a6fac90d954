import type { Call } from './key-socket';
import type { WorkerReply } from './worker-reply';

/** One call as `POST /api/<method>`: the answer's status and body text, or that nothing answered. */
export function postCall({ id, method, body }: Call): Promise<WorkerReply> {
  return fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin' })
    .then(async (res): Promise<WorkerReply> => ({ id, status: res.status, text: await res.text() }))
    .catch((): WorkerReply => ({ id, offline: true }));
}
