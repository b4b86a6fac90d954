import { useSyncExternalStore } from 'react';
import { curatorPath, parseCuratorPath, type CuratorRoute } from './route';

type Listener = () => void;

/**
 * Navigation inside the workspace, with a guard: while a form has unsaved changes, leaving asks first.
 * Uses pushState (which fires no popstate), so the visitor app's own router never remounts the workspace.
 */
class CuratorNav {
  private state: { route: CuratorRoute; pending: CuratorRoute | null };
  private readonly listeners = new Set<Listener>();
  private guard: (() => boolean) | null = null;

  constructor() {
    this.state = {
      route: typeof location === 'undefined' ? { screen: 'exhibits', collection: null } : parseCuratorPath(location.pathname, location.search),
      pending: null,
    };
    if (typeof window !== 'undefined') {
      window.addEventListener('popstate', () => {
        if (location.pathname.startsWith('/curator')) this.set({ route: parseCuratorPath(location.pathname, location.search), pending: null });
      });
    }
  }

  get = () => this.state;
  subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  private set(s: typeof this.state): void {
    this.state = s;
    for (const l of this.listeners) l();
  }

  /** The open form reports whether it holds unsaved changes; null when none is open. */
  setGuard(isDirty: (() => boolean) | null): void {
    this.guard = isDirty;
  }

  go = (route: CuratorRoute, opts: { replace?: boolean; force?: boolean } = {}): void => {
    if (!opts.force && this.guard?.()) {
      this.set({ ...this.state, pending: route });
      return;
    }
    const path = curatorPath(route);
    if (location.pathname + location.search !== path) history[opts.replace ? 'replaceState' : 'pushState'](null, '', path);
    this.guard = null;
    this.set({ route, pending: null });
  };

  leaveAnyway = (): void => {
    const p = this.state.pending;
    if (p) this.go(p, { force: true });
  };

  stay = (): void => this.set({ ...this.state, pending: null });
}

export const curatorNav = new CuratorNav();

export function useCuratorNav() {
  return useSyncExternalStore(curatorNav.subscribe, curatorNav.get);
}
