// Runs the per-key archive calls off the main thread. After a touch, Chromium holds back network replies to the
// page's main thread until it knows whether the touch is a scroll (measured: the search reply left the server
// in ~5 ms but reached the page ~25 ms later); a reply that arrives here and is posted back is not held.
// Calls go over one open socket when the serve shell takes it (key-socket.ts), over HTTP otherwise. The body
// goes back as the text it arrived as: one string crosses to the page (parsed there in well under a
// millisecond) instead of an object graph parsed here and then copied field by field by structured clone.
import { postCall } from './http-call';
import { KeyCallChannel, type Call, type SocketLike } from './key-socket';
import type { WorkerReply } from './worker-reply';

const post = (message: WorkerReply) => (self as unknown as { postMessage(m: unknown): void }).postMessage(message);

const socketUrl = new URL('/api/socket', self.location.href);
socketUrl.protocol = socketUrl.protocol === 'https:' ? 'wss:' : 'ws:';

const channel = new KeyCallChannel(() => new WebSocket(socketUrl) as unknown as SocketLike, postCall, post);
channel.connect();

self.addEventListener('message', (event) => channel.call((event as MessageEvent<Call>).data));
