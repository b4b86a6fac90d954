import { api } from '../api/client';
import type { Route } from './route';

/**
 * Anonymous counters for curators: which screens and exhibits are seen, how many visits start. Nothing about
 * the visitor is sent, and a failure to count never disturbs the visit.
 */
export function recordVisit(route: Route): void {
  const send = (kind: 'exhibit_view' | 'screen_view' | 'session', key: string) => void api.recordVisit({ kind, key }).catch(() => {});
  if (route.name === 'curator' || route.name === 'attract') return;
  send('screen_view', route.name);
  if (route.name === 'exhibit') send('exhibit_view', String(route.id));
}

export function recordSessionStart(): void {
  void api.recordVisit({ kind: 'session', key: 'start' }).catch(() => {});
}
