import { useSyncExternalStore } from 'react';
import type { SessionInfo } from '../../../../archive/api/contract';
import { api, ApiError } from '../../api/client';

export interface SessionState {
  /** null until the first answer. */
  info: SessionInfo | null;
  /** True when a call found the session gone while the workspace was open: the sign-in covers it. */
  lost: boolean;
  offline: boolean;
}

type Listener = () => void;

/**
 * The workspace's view of its sign-in. Kept outside React so a remount never loses it, and so any call can
 * report "signed out" and wait for the curator to sign in again before retrying (forms stay as they were).
 */
class SessionStore {
  private state: SessionState = { info: null, lost: false, offline: false };
  private readonly listeners = new Set<Listener>();
  private waiters: (() => void)[] = [];

  get = (): SessionState => this.state;
  subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
    if (this.state.info?.signedIn && !this.state.info.mustChangePin && !this.state.lost) {
      const w = this.waiters.splice(0);
      for (const resolve of w) resolve();
    }
  }

  async refresh(touch = false): Promise<SessionInfo | null> {
    try {
      const info = await api.curatorSession({ touch });
      this.set({ info, offline: false, lost: this.state.info?.signedIn === true && !info.signedIn ? true : this.state.lost && !info.signedIn });
      return info;
    } catch {
      this.set({ offline: true });
      return null;
    }
  }

  signedIn(info: SessionInfo): void {
    this.set({ info, lost: false, offline: false });
  }

  signedOut(info: SessionInfo): void {
    this.waiters = [];
    this.set({ info, lost: false });
  }

  /** A call was refused for want of a session: cover the workspace with the sign-in, keep everything else. */
  markLost(): void {
    if (this.state.info) this.set({ lost: true, info: { ...this.state.info, signedIn: false, curator: this.state.info.curator } });
  }

  waitForSignIn(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

export const session = new SessionStore();

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get);
}

/**
 * Calls the archive on the curator's behalf. If the session has ended (idle, restart), the sign-in screen
 * appears over the workspace and the call is retried once the curator is back, so nothing typed is lost.
 */
export async function withSession<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof ApiError) || e.code !== 'UNAUTHORISED') throw e;
    session.markLost();
    await session.waitForSignIn();
    return run();
  }
}
