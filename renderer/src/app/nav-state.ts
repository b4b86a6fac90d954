import { sameRoute, type Route } from './route';

export interface NavEntry {
  /** Unique per visit of a screen: a screen remounts when it changes, and keeps its memo while it stays. */
  key: number;
  route: Route;
}

export interface NavState {
  stack: readonly NavEntry[];
  nextKey: number;
}

export type NavAction =
  | { type: 'push'; route: Route }
  | { type: 'replace'; route: Route }
  | { type: 'back' }
  | { type: 'home' }
  | { type: 'reset'; route: Route };

/** Deep enough for any visit; beyond it the oldest screens after home are forgotten so memory stays flat. */
export const MAX_DEPTH = 30;

export function initialNav(route: Route): NavState {
  const stack: NavEntry[] = route.name === 'attract' || route.name === 'home' ? [{ key: 1, route }] : [{ key: 1, route: { name: 'home' } }, { key: 2, route }];
  return { stack, nextKey: stack.length + 1 };
}

export function topOf(state: NavState): NavEntry {
  return state.stack[state.stack.length - 1] as NavEntry;
}

/**
 * The in-app history. The kiosk never uses the browser's history (a back-swipe must not leave the app, and
 * thousands of visitors must not grow a history list): "back" pops this stack and falls back to home.
 */
export function navReduce(state: NavState, action: NavAction): NavState {
  const top = topOf(state);
  const entry = (route: Route): NavEntry => ({ key: state.nextKey, route });
  switch (action.type) {
    case 'push': {
      if (sameRoute(top.route, action.route)) return state;
      if (action.route.name === 'home' || action.route.name === 'attract') return { stack: [entry(action.route)], nextKey: state.nextKey + 1 };
      let stack = [...state.stack, entry(action.route)];
      if (stack.length > MAX_DEPTH) stack = [stack[0] as NavEntry, ...stack.slice(stack.length - MAX_DEPTH + 1)];
      return { stack, nextKey: state.nextKey + 1 };
    }
    case 'replace':
      if (sameRoute(top.route, action.route)) return state;
      return { stack: [...state.stack.slice(0, -1), entry(action.route)], nextKey: state.nextKey + 1 };
    case 'back': {
      if (state.stack.length > 1) return { stack: state.stack.slice(0, -1), nextKey: state.nextKey };
      if (top.route.name === 'home') return state;
      return { stack: [entry({ name: 'home' })], nextKey: state.nextKey + 1 };
    }
    case 'home':
      if (state.stack.length === 1 && top.route.name === 'home') return state;
      return { stack: [entry({ name: 'home' })], nextKey: state.nextKey + 1 };
    case 'reset':
      return { stack: [entry(action.route)], nextKey: state.nextKey + 1 };
  }
}
