import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { upsertCollection } from '../../../archive/content/collection-write';
import { upsertExhibit } from '../../../archive/content/exhibit-write';
import { createArchiveService, type ArchiveService } from '../../../archive/service';
import { API_SOCKET_PATH, parseFrame } from '../../../main/serve/api-socket';
import { createServeShell, listen } from '../../../main/serve/server';
import { KeyCallChannel, type Call, type SocketLike } from '../../../renderer/src/api/key-socket';
import { envelopeOf, type WorkerReply } from '../../../renderer/src/api/worker-reply';
import { makeTempDir } from '../../support/temp-dir';

let base: string;
let origin: string;
let cookie: string;
let service: ArchiveService;
let server: ReturnType<typeof createServeShell>;
let cleanup: () => void;

beforeAll(async () => {
  const t = makeTempDir();
  cleanup = t.cleanup;
  service = createArchiveService(path.join(t.dir, 'archive'), { create: true });
  upsertCollection(service.archive.db, { slug: 'heroes', title: { zh: '英模肖像', en: 'Portraits of heroes' } }, 'test');
  upsertExhibit(service.archive.db, { uid: 'a', collection: 'heroes', name: '刘志伟', status: 'published' }, 'test');
  server = createServeShell({ archive: service.archive, dispatch: service.dispatch, uiDir: t.dir, host: '127.0.0.1', port: 0, log: () => {} });
  base = await listen(server, '127.0.0.1', 0);
  origin = new URL(base).origin;
  // The session cookie comes with the page's first HTTP answer, as in the kiosk.
  const res = await fetch(new URL('api/getKioskInfo', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  cookie = res.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(() => {
  service.close();
  cleanup();
});

const socketUrl = () => `${base.replace(/^http/, 'ws').replace(/\/$/, '')}${API_SOCKET_PATH}`;
const open = (headers: Record<string, string> = { origin, cookie }, url = socketUrl()) => new WebSocket(url, { headers });

/** The handshake's outcome: open, or the HTTP status it was refused with. */
function handshake(ws: WebSocket): Promise<'open' | number> {
  return new Promise((resolve) => {
    if (ws.readyState === WebSocket.OPEN) return resolve('open');
    ws.once('open', () => resolve('open'));
    // ws reports a refused handshake as "Unexpected server response: <status>", then closes the socket itself.
    ws.once('error', (e) => resolve(Number(/response: (\d+)/.exec(e.message)?.[1] ?? 0)));
  });
}

function ask(ws: WebSocket, frame: string): Promise<{ id: string; envelope: unknown }> {
  return new Promise((resolve) => {
    ws.once('message', (data) => {
      const text = String(data);
      const nl = text.indexOf('\n');
      resolve({ id: text.slice(0, nl), envelope: JSON.parse(text.slice(nl + 1)) });
    });
    ws.send(frame);
  });
}

const closed = (ws: WebSocket) => new Promise<number>((resolve) => (ws.readyState === WebSocket.CLOSED ? resolve(0) : ws.once('close', (code) => resolve(code))));

describe('the serve shell API socket', () => {
  it('answers a key method with the envelope HTTP gives, under the call id', async () => {
    const ws = open();
    expect(await handshake(ws)).toBe('open');
    const viaSocket = await ask(ws, '41\nsearch\n{"q":"lzw","limit":8}');
    expect(viaSocket.id).toBe('41');
    const viaHttp = await (await fetch(new URL('api/search', base), { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{"q":"lzw","limit":8}' })).json();
    expect(viaSocket.envelope).toEqual(viaHttp);
    expect(viaSocket.envelope).toMatchObject({ ok: true, value: { total: 1, hits: [{ exhibit: { name: { zh: '刘志伟' } } }] } });
    const candidates = await ask(ws, '42\npinyinCandidates\n{"pinyin":"liu","limit":5}');
    expect(candidates).toMatchObject({ id: '42', envelope: { ok: true, value: { candidates: [{ text: '刘' }] } } });
    ws.close();
  });

  it('refuses other sites, pages without a session cookie, and other paths', async () => {
    expect(await handshake(open({ origin: 'http://evil.example', cookie }))).toBe(403);
    expect(await handshake(open({ origin }))).toBe(401);
    expect(await handshake(open({ origin, cookie }, socketUrl().replace('/api/socket', '/api/search')))).toBe(404);
  });

  it('answers only the key methods, and says why a call was refused', async () => {
    const ws = open();
    await handshake(ws);
    expect(await ask(ws, '1\ncuratorLogin\n{"pin":"123456"}')).toMatchObject({ id: '1', envelope: { ok: false, error: { code: 'FORBIDDEN' } } });
    expect(await ask(ws, '2\ngetKioskInfo\n{}')).toMatchObject({ id: '2', envelope: { ok: false, error: { code: 'FORBIDDEN' } } });
    expect(await ask(ws, '3\nnoSuchMethod\n{}')).toMatchObject({ id: '3', envelope: { ok: false, error: { code: 'UNKNOWN_METHOD' } } });
    expect(await ask(ws, '4\nsearch\n{"q":')).toMatchObject({ id: '4', envelope: { ok: false, error: { code: 'BAD_INPUT' } } });
    // The dispatcher's own checks still apply: input outside the schema.
    expect(await ask(ws, '5\nsearch\n{"q":"x","limit":-1}')).toMatchObject({ id: '5', envelope: { ok: false, error: { code: 'BAD_INPUT' } } });
    ws.close();
  });

  it('closes on a frame that is not a call, and on a frame larger than any call', async () => {
    const a = open();
    await handshake(a);
    a.send('GET / HTTP/1.1');
    expect(await closed(a)).toBe(1008);
    const b = open();
    await handshake(b);
    b.send(`7\nsearch\n{"q":"${'x'.repeat(70 * 1024)}"}`);
    expect(await closed(b)).toBe(1009);
  });

  it('parses frames strictly', () => {
    expect(parseFrame('12\nsearch\n{"q":"a"}')).toEqual({ id: 12, method: 'search', input: { q: 'a' } });
    expect(parseFrame('12\nsearch\n')).toEqual({ id: 12, method: 'search', input: {} });
    for (const bad of [null, '', 'search\n{}', '1234567890\nsearch\n{}', '-1\nsearch\n{}', '1\nse arch\n{}', '1 search {}']) {
      expect(parseFrame(bad)).toMatchObject({ id: null, refused: { ok: false, error: { code: 'BAD_INPUT' } } });
    }
  });
});

describe('KeyCallChannel (the worker side) against the serve shell', () => {
  function channel() {
    const replies: WorkerReply[] = [];
    const viaHttp: number[] = [];
    const sockets: WebSocket[] = [];
    let now = 0;
    const overHttp = async (call: Call): Promise<WorkerReply> => {
      viaHttp.push(call.id);
      const res = await fetch(new URL(`api/${call.method}`, base), { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: call.body });
      return { id: call.id, status: res.status, text: await res.text() };
    };
    let headers: Record<string, string> = { origin, cookie };
    const make = () => {
      const ws = new WebSocket(socketUrl(), { headers });
      sockets.push(ws);
      return ws as unknown as SocketLike;
    };
    const ch = new KeyCallChannel(make, overHttp, (r) => replies.push(r), () => now);
    const settle = async (n: number) => {
      for (let i = 0; i < 200 && replies.length < n; i++) await new Promise((r) => setTimeout(r, 10));
    };
    return {
      ch,
      replies,
      viaHttp,
      sockets,
      settle,
      later: (ms: number) => (now += ms),
      refuseNext: () => (headers = { origin }),
      acceptNext: () => (headers = { origin, cookie }),
    };
  }
  const search = (id: number, q: string): Call => ({ id, method: 'search', body: JSON.stringify({ q, limit: 8 }) });
  const totalOf = (r: WorkerReply) => (envelopeOf(r) as { value: { total: number } }).value.total;

  it('sends over HTTP until the socket is open, then over the socket', async () => {
    const c = channel();
    c.ch.call(search(1, 'lzw')); // opens the socket, and does not wait for it
    await c.settle(1);
    expect(c.viaHttp).toEqual([1]);
    await handshake(c.sockets[0]!);
    c.ch.call(search(2, 'liu'));
    await c.settle(2);
    expect(c.viaHttp).toEqual([1]);
    expect(c.replies.map((r) => [r.id, totalOf(r)])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    c.sockets[0]!.close();
  });

  it('sends again over HTTP what a lost socket never answered, and tries again after a pause', async () => {
    const c = channel();
    c.ch.connect();
    await handshake(c.sockets[0]!);
    // A call is on the socket when it drops: it is answered over HTTP instead.
    c.sockets[0]!.send = () => {};
    c.ch.call(search(5, 'lzw'));
    c.sockets[0]!.terminate();
    await c.settle(1);
    expect(c.viaHttp).toEqual([5]);
    // Right after the loss the channel does not hammer the server; after the pause it reconnects.
    c.ch.call(search(6, 'lzw'));
    expect(c.sockets).toHaveLength(1);
    c.later(600);
    c.ch.call(search(7, 'lzw'));
    expect(c.sockets).toHaveLength(2);
    await c.settle(3);
    expect(c.replies.map((r) => r.id).sort()).toEqual([5, 6, 7]);
    c.sockets[1]!.close();
  });

  it('backs off while the socket is refused (no session cookie yet), and uses it once it is taken', async () => {
    const c = channel();
    c.refuseNext();
    c.ch.connect();
    expect(await handshake(c.sockets[0]!)).toBe(401);
    await closed(c.sockets[0]!);
    c.later(400);
    c.ch.connect();
    expect(c.sockets).toHaveLength(1); // within the first half second
    c.later(200);
    c.ch.connect();
    expect(c.sockets).toHaveLength(2);
    expect(await handshake(c.sockets[1]!)).toBe(401);
    c.later(600);
    c.ch.connect();
    expect(c.sockets).toHaveLength(2); // the second wait is a second long
    c.acceptNext();
    c.later(500);
    c.ch.connect();
    expect(await handshake(c.sockets[2]!)).toBe('open');
    c.ch.call(search(9, 'liu'));
    await c.settle(1);
    expect(c.viaHttp).toEqual([]);
    expect(totalOf(c.replies[0]!)).toBe(1);
    c.sockets[2]!.close();
  });
});

describe('closing the serve shell', () => {
  it('ends open sockets instead of waiting for them', async () => {
    const ws = open();
    await handshake(ws);
    const gone = closed(ws);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await gone).toBe(1006);
  });
});
