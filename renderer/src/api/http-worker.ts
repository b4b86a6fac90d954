// Runs archive calls over HTTP off the main thread. After a touch, Chromium holds back network replies to the
// page's main thread until it knows whether the touch is a scroll (measured: the search reply left the server
// in ~5 ms but reached the page ~25 ms later); a reply that arrives here and is posted back is not held.
// The body goes back as the text it arrived as: one string crosses to the page (parsed there in well under a
// millisecond) instead of an object graph parsed here and then copied field by field by structured clone.
import type { WorkerReply } from './worker-reply';

interface Call {
  id: number;
  method: string;
  body: string;
}

const post = (message: WorkerReply) => (self as unknown as { postMessage(m: unknown): void }).postMessage(message);

self.addEventListener('message', (event) => {
  const { id, method, body } = (event as MessageEvent<Call>).data;
  fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin' })
    .then(async (res) => post({ id, status: res.status, text: await res.text() }))
    .catch(() => post({ id, offline: true }));
});
