import type { WorkerReply } from './worker-reply';

/** A call as the page hands it to the HTTP worker: its input already written as JSON. */
export interface Call {
  id: number;
  method: string;
  body: string;
}

/** The part of a WebSocket the channel uses: the browser's, or the `ws` package's in the tests. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  onopen: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: (() => void) | null;
  onclose: (() => void) | null;
}

const OPEN = 1;
/**
 * After a socket is refused or lost, calls go over HTTP for a while before the next try: half a second at
 * first (a page opened straight onto the search screen may ask before its first HTTP answer set the session
 * cookie, which the serve shell requires), doubling up to five seconds while it keeps failing.
 */
export const FIRST_RETRY_MS = 500;
export const MAX_RETRY_MS = 5000;

/**
 * Sends the per-key calls over one open socket to the serve shell (main/serve/api-socket.ts reads the frames),
 * and over HTTP whenever the socket is not open yet, was refused, or was lost: a call is never held back
 * waiting for a connection. Calls a lost socket took but never answered go again over HTTP (they only read).
 */
export class KeyCallChannel {
  private socket: SocketLike | null = null;
  private retryAt = 0;
  private retryMs = FIRST_RETRY_MS;
  private readonly sent = new Map<number, Call>();

  constructor(
    private readonly makeSocket: () => SocketLike,
    private readonly overHttp: (call: Call) => Promise<WorkerReply>,
    private readonly reply: (answer: WorkerReply) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  call(call: Call): void {
    const s = this.socket;
    if (s?.readyState === OPEN) {
      this.sent.set(call.id, call);
      s.send(`${call.id}\n${call.method}\n${call.body}`);
      return;
    }
    this.connect();
    void this.overHttp(call).then(this.reply);
  }

  /** Opens the socket unless one is open or opening, or the last one failed less than the retry delay ago. */
  connect(): void {
    if (this.socket || this.now() < this.retryAt) return;
    let s: SocketLike;
    try {
      s = this.makeSocket();
    } catch {
      this.backOff();
      return;
    }
    this.socket = s;
    s.onopen = () => {
      if (this.socket === s) this.retryMs = FIRST_RETRY_MS;
    };
    s.onmessage = (event) => this.receive(event.data);
    s.onerror = () => {}; // a close always follows, and is where the socket is given up
    s.onclose = () => this.lost(s);
  }

  /** `<id>\n<envelope JSON>`: the envelope goes to the page as the text it arrived as. */
  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    const nl = data.indexOf('\n');
    const id = nl > 0 ? Number(data.slice(0, nl)) : NaN;
    if (!this.sent.delete(id)) return;
    this.reply({ id, status: 200, text: data.slice(nl + 1) });
  }

  private backOff(): void {
    this.retryAt = this.now() + this.retryMs;
    this.retryMs = Math.min(MAX_RETRY_MS, this.retryMs * 2);
  }

  private lost(s: SocketLike): void {
    if (this.socket !== s) return;
    this.socket = null;
    this.backOff();
    const unanswered = [...this.sent.values()];
    this.sent.clear();
    for (const call of unanswered) void this.overHttp(call).then(this.reply);
  }
}
