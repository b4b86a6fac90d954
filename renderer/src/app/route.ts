// Routes are plain data, parsed from and printed to the URL path by two pure functions, so a hostile or stale
// URL can only ever land on a real screen (home, at worst), never on a blank one.

export type Route =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'gallery'; slug: string }
  | { name: 'exhibit'; id: number }
  | { name: 'timeline' }
  | { name: 'numbers' }
  | { name: 'search' }
  | { name: 'curator'; rest: string };

export type ScreenName = Route['name'];

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const MAX_ID = 2 ** 31 - 1;

export function parseRoute(pathname: string): Route {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { name: 'home' };
  }
  const parts = path.split('/').filter(Boolean);
  const [head, arg, ...more] = parts;
  if (head === undefined) return { name: 'attract' };
  if (head === 'curator') return { name: 'curator', rest: parts.slice(1).join('/') };
  if (more.length > 0) return { name: 'home' };
  switch (head) {
    case 'home':
    case 'timeline':
    case 'numbers':
    case 'search':
      return arg === undefined ? { name: head } : { name: 'home' };
    case 'gallery':
      return arg !== undefined && SLUG.test(arg) ? { name: 'gallery', slug: arg } : { name: 'home' };
    case 'exhibit': {
      if (arg === undefined || !/^[1-9]\d{0,9}$/.test(arg)) return { name: 'home' };
      const id = Number(arg);
      return id <= MAX_ID ? { name: 'exhibit', id } : { name: 'home' };
    }
    default:
      return { name: 'home' };
  }
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'attract':
      return '/';
    case 'gallery':
      return `/gallery/${encodeURIComponent(route.slug)}`;
    case 'exhibit':
      return `/exhibit/${route.id}`;
    case 'curator':
      return route.rest ? `/curator/${route.rest}` : '/curator';
    default:
      return `/${route.name}`;
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return routePath(a) === routePath(b);
}
