import { useSyncExternalStore } from 'react';
import { initialNav, navReduce, topOf, type NavAction, type NavEntry, type NavState } from './nav-state';
import { parseRoute, routePath, type Route } from './route';

type Listener = () => void;

/**
 * The one navigation store. The address bar mirrors the top screen with replaceState only, so a deep link
 * or a reload lands on the same screen while the browser history never grows.
 */
class NavStore {
  private state: NavState;
  private readonly listeners = new Set<Listener>();
  /** Per-screen memory (scroll position, filters) kept while the screen is on the stack, dropped after. */
  private readonly memos = new Map<number, Map<string, unknown>>();

  constructor(route: Route) {
    this.state = initialNav(route);
  }

  get = (): NavState => this.state;

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  dispatch = (action: NavAction): void => {
    const next = navReduce(this.state, action);
    if (next === this.state) return;
    this.state = next;
    const live = new Set(next.stack.map((e) => e.key));
    for (const key of this.memos.keys()) if (!live.has(key)) this.memos.delete(key);
    const path = routePath(topOf(next).route);
    if (typeof history !== 'undefined' && location.pathname !== path) history.replaceState(null, '', path);
    for (const l of this.listeners) l();
  };

  memo(entry: NavEntry): Map<string, unknown> {
    let m = this.memos.get(entry.key);
    if (!m) this.memos.set(entry.key, (m = new Map()));
    return m;
  }
}

export const nav = new NavStore(typeof location === 'undefined' ? { name: 'attract' } : parseRoute(location.pathname));

if (typeof window !== 'undefined') {
  // Another part of the app (the curator workspace) may change the address itself: follow it.
  window.addEventListener('popstate', () => {
    const route = parseRoute(location.pathname);
    if (routePath(route) !== routePath(topOf(nav.get()).route)) nav.dispatch({ type: 'reset', route });
  });
}

export function useNav(): NavState {
  return useSyncExternalStore(nav.subscribe, nav.get);
}

export function useTopEntry(): NavEntry {
  return topOf(useNav());
}

export const go = {
  to: (route: Route) => nav.dispatch({ type: 'push', route }),
  replace: (route: Route) => nav.dispatch({ type: 'replace', route }),
  back: () => nav.dispatch({ type: 'back' }),
  home: () => nav.dispatch({ type: 'home' }),
  reset: (route: Route) => nav.dispatch({ type: 'reset', route }),
};
