// Workspace screens as data, parsed from and printed to /curator/... by two pure functions, so a stale or
// hostile address lands on the exhibit list rather than a blank page.

export type CuratorRoute =
  | { screen: 'exhibits'; collection: string | null }
  | { screen: 'exhibit'; id: number | null; collection: string | null }
  | { screen: 'collections' }
  | { screen: 'collection'; slug: string | null }
  | { screen: 'import' }
  | { screen: 'check' }
  | { screen: 'review' }
  | { screen: 'history'; entity: string | null; entityId: string | null }
  | { screen: 'settings' }
  | { screen: 'curators' };

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function parseCuratorPath(pathname: string, search = ''): CuratorRoute {
  let parts: string[];
  try {
    parts = decodeURIComponent(pathname).split('/').filter(Boolean);
  } catch {
    return { screen: 'exhibits', collection: null };
  }
  if (parts[0] !== 'curator') return { screen: 'exhibits', collection: null };
  const q = new URLSearchParams(search);
  const slugParam = (name: string) => {
    const v = q.get(name);
    return v && SLUG.test(v) ? v : null;
  };
  const [, head, arg, ...more] = parts;
  if (more.length) return { screen: 'exhibits', collection: null };
  switch (head) {
    case undefined:
    case 'exhibits':
      return { screen: 'exhibits', collection: slugParam('collection') };
    case 'exhibit':
      if (arg === 'new') return { screen: 'exhibit', id: null, collection: slugParam('collection') };
      if (arg && /^[1-9]\d{0,9}$/.test(arg) && Number(arg) < 2 ** 31) return { screen: 'exhibit', id: Number(arg), collection: null };
      return { screen: 'exhibits', collection: null };
    case 'collections':
      return { screen: 'collections' };
    case 'collection':
      if (arg === 'new') return { screen: 'collection', slug: null };
      return arg && SLUG.test(arg) ? { screen: 'collection', slug: arg } : { screen: 'collections' };
    case 'history': {
      const entity = q.get('entity');
      const entityId = q.get('id');
      return { screen: 'history', entity: entity && /^[a-z_-]{1,40}$/.test(entity) ? entity : null, entityId: entityId && entityId.length <= 200 ? entityId : null };
    }
    case 'import':
    case 'check':
    case 'review':
    case 'settings':
    case 'curators':
      return arg === undefined ? { screen: head } : { screen: 'exhibits', collection: null };
    default:
      return { screen: 'exhibits', collection: null };
  }
}

export function curatorPath(r: CuratorRoute): string {
  const withQuery = (path: string, q: Record<string, string | null>) => {
    const s = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => e[1] !== null)).toString();
    return s ? `${path}?${s}` : path;
  };
  switch (r.screen) {
    case 'exhibits':
      return withQuery('/curator/exhibits', { collection: r.collection });
    case 'exhibit':
      return r.id === null ? withQuery('/curator/exhibit/new', { collection: r.collection }) : `/curator/exhibit/${r.id}`;
    case 'collection':
      return `/curator/collection/${r.slug === null ? 'new' : encodeURIComponent(r.slug)}`;
    case 'history':
      return withQuery('/curator/history', { entity: r.entity, id: r.entityId });
    default:
      return `/curator/${r.screen}`;
  }
}
