import type { CuratorRole } from '../api/contract';

export interface Session {
  curatorId: number;
  name: string;
  role: CuratorRole;
  preview: boolean;
  mustChangePin: boolean;
  lastActiveMs: number;
}

export type EndReason = 'idle' | 'signed-out' | 'account-changed';

/**
 * Signed-in curators by the transport's session key (a cookie on HTTP, the window on IPC). Kept in memory:
 * a restart signs everyone out, which is the safe direction on a public kiosk.
 */
export class SessionStore {
  private readonly live = new Map<string, Session>();
  /** Why a key's last session ended, so the sign-in screen can say it; forgotten after a while. */
  private readonly ended = new Map<string, { reason: EndReason; atMs: number }>();

  constructor(
    private readonly now: () => number,
    private readonly idleMs: () => number,
  ) {}

  open(key: string, s: Omit<Session, 'lastActiveMs' | 'preview'>): Session {
    const session: Session = { ...s, preview: false, lastActiveMs: this.now() };
    this.live.set(key, session);
    this.ended.delete(key);
    return session;
  }

  /** The live session for a key, or null once it has been idle too long (it is then closed). */
  get(key: string): Session | null {
    const s = this.live.get(key);
    if (!s) return null;
    if (this.now() - s.lastActiveMs >= this.idleMs()) {
      this.end(key, 'idle');
      return null;
    }
    return s;
  }

  touch(key: string): void {
    const s = this.get(key);
    if (s) s.lastActiveMs = this.now();
  }

  update(key: string, patch: Partial<Pick<Session, 'preview' | 'mustChangePin' | 'name' | 'role'>>): Session | null {
    const s = this.get(key);
    if (!s) return null;
    Object.assign(s, patch);
    return s;
  }

  end(key: string, reason: EndReason): void {
    if (this.live.delete(key)) this.ended.set(key, { reason, atMs: this.now() });
    if (this.ended.size > 1000) this.ended.delete(this.ended.keys().next().value as string);
  }

  /** Ends every session of one curator (disabled, PIN reset, role changed by an admin). */
  endFor(curatorId: number, reason: EndReason, exceptKey?: string): void {
    for (const [key, s] of this.live) if (s.curatorId === curatorId && key !== exceptKey) this.end(key, reason);
  }

  endedBecause(key: string): EndReason | null {
    const e = this.ended.get(key);
    if (!e) return null;
    if (this.now() - e.atMs > 24 * 60 * 60_000) {
      this.ended.delete(key);
      return null;
    }
    return e.reason;
  }
}
