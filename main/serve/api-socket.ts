import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { keyMethods, type Envelope } from '../../archive/api/contract';
import { isMethodName, type Dispatch } from '../../archive/api/dispatch';
import { isSameOrigin } from './same-origin';
import { sessionKeyFromCookie } from './session-cookie';

export const API_SOCKET_PATH = '/api/socket';
/** A call's input is a few hundred bytes; this leaves room and refuses anything that is not a call. */
const MAX_FRAME = 64 * 1024;

/**
 * Visitor calls over one open connection (the search screen calls on every key): a POST pays for a new
 * request through the browser's network service each time, a frame on an open socket does not (measured in
 * Chromium here: 7.9 ms → 4.1 ms at the median for the same search). Only the key methods (search, pinyin
 * candidates) travel here, through the same dispatcher as `POST /api/<method>`; everything else stays on HTTP.
 *
 * A frame is `<id>\n<method>\n<input JSON>`; the answer is `<id>\n<envelope JSON>`, so the worker can hand the
 * envelope to the page as the text it came in (renderer/src/api/key-socket.ts writes and reads these).
 */
export function attachApiSocket(server: http.Server, dispatch: Dispatch, log: (message: string) => void): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME, perMessageDeflate: false });
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: number, reason: string) => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    };
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== API_SOCKET_PATH) return refuse(404, 'Not Found');
    if (!isSameOrigin(req)) return refuse(403, 'Forbidden');
    // The cookie is set by the page's first HTTP call; a socket cannot set it, and a curator's preview binds to it.
    const sessionKey = sessionKeyFromCookie(req);
    if (!sessionKey) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, sessionKey, dispatch, log));
  });
  // An upgraded socket still counts as one of the server's connections, and closeAllConnections() does not see
  // it: closing the server ends the sockets first, or close() would wait for a kiosk page that never leaves.
  const close = server.close.bind(server);
  server.close = (done?: (err?: Error) => void) => {
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    return close(done);
  };
}

function serve(ws: WebSocket, sessionKey: string, dispatch: Dispatch, log: (message: string) => void): void {
  ws.on('error', (e) => log(`serve: api socket: ${e.message}`));
  ws.on('message', (data: RawData, isBinary: boolean) => {
    const call = parseFrame(isBinary ? null : String(data));
    if ('refused' in call) {
      // Without a readable id there is nobody to answer: the frame is not one of ours.
      if (call.id === null) ws.close(1008, 'not a call');
      else send(ws, call.id, call.refused);
      return;
    }
    void dispatch(call.method, call.input, { sessionKey, audience: 'visitor' }).then((envelope) => send(ws, call.id, envelope));
  });
}

function send(ws: WebSocket, id: number, envelope: Envelope<unknown>): void {
  if (ws.readyState === ws.OPEN) ws.send(`${id}\n${JSON.stringify(envelope)}`);
}

type Frame = { id: number; method: string; input: unknown } | { id: number | null; refused: Envelope<never> };

const refused = (id: number | null, code: string, message: string): Frame => ({ id, refused: { ok: false, error: { code, message } } });

/** Reads `<id>\n<method>\n<input JSON>`: an id up to nine digits, one of the key methods, an input that parses. */
export function parseFrame(text: string | null): Frame {
  const m = text === null ? null : /^(\d{1,9})\n([A-Za-z]{1,64})\n([\s\S]*)$/.exec(text);
  if (!m) return refused(null, 'BAD_INPUT', 'Not a call.');
  const id = Number(m[1]);
  const method = m[2]!;
  if (!isMethodName(method)) return refused(id, 'UNKNOWN_METHOD', `There is no method "${method}".`);
  if (!(keyMethods as readonly string[]).includes(method)) return refused(id, 'FORBIDDEN', `${method} is not answered on this connection.`);
  try {
    return { id, method, input: m[3] ? JSON.parse(m[3]) : {} };
  } catch {
    return refused(id, 'BAD_INPUT', 'The call\u2019s input is not valid JSON.');
  }
}
