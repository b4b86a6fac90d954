// Runs archive calls over HTTP off the main thread. After a touch, Chromium holds back network replies to the
// page's main thread until it knows whether the touch is a scroll (measured: the search reply left the server
// in ~5 ms but reached the page ~25 ms later); a reply that arrives here and is posted back is not held.
interface Call {
  id: number;
  method: string;
  body: string;
}

const post = (message: unknown) => (self as unknown as { postMessage(m: unknown): void }).postMessage(message);

self.addEventListener('message', (event) => {
  const { id, method, body } = (event as MessageEvent<Call>).data;
  fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin' })
    .then(async (res) => {
      try {
        post({ id, envelope: await res.json() });
      } catch {
        post({ id, envelope: { ok: false, error: { code: 'INTERNAL', message: `The archive answered ${res.status} without a result.` } } });
      }
    })
    .catch(() => post({ id, envelope: { ok: false, error: { code: 'OFFLINE', message: 'The archive is not answering.' } } }));
});
