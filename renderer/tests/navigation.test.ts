import { describe, expect, it } from 'vitest';
import { initialNav, MAX_DEPTH, navReduce, topOf, type NavState } from '../src/app/nav-state';
import { parseRoute, routePath, type Route } from '../src/app/route';

describe('parseRoute', () => {
  it('reads every screen and prints it back the same', () => {
    const routes: Route[] = [
      { name: 'attract' },
      { name: 'home' },
      { name: 'gallery', slug: 'heroes' },
      { name: 'exhibit', id: 42 },
      { name: 'timeline' },
      { name: 'numbers' },
      { name: 'search' },
      { name: 'curator', rest: '' },
      { name: 'curator', rest: 'exhibits/5' },
    ];
    for (const r of routes) expect(parseRoute(routePath(r))).toEqual(r);
  });

  it('sends hostile or stale addresses home, never to a blank screen', () => {
    const hostile = [
      '/exhibit/0',
      '/exhibit/-1',
      '/exhibit/1e3',
      '/exhibit/99999999999',
      '/exhibit/12abc',
      '/gallery/',
      '/gallery/../../etc/passwd',
      '/gallery/UPPER',
      '/gallery/%E0%A4%A',
      '/gallery/heroes/extra',
      '/home/x',
      '/%00',
      '/javascript:alert(1)',
      '/' + 'a'.repeat(5000),
      '/gallery/' + 'a'.repeat(64),
    ];
    for (const p of hostile) expect(parseRoute(p), p).toEqual({ name: 'home' });
  });

  it('treats the root, with or without slashes, as the attract loop', () => {
    expect(parseRoute('/')).toEqual({ name: 'attract' });
    expect(parseRoute('')).toEqual({ name: 'attract' });
    expect(parseRoute('//')).toEqual({ name: 'attract' });
  });
});

describe('navReduce', () => {
  const gallery: Route = { name: 'gallery', slug: 'heroes' };
  const ex = (id: number): Route => ({ name: 'exhibit', id });
  const routes = (s: NavState) => s.stack.map((e) => routePath(e.route));

  it('a deep link starts above home, so back always has somewhere to go', () => {
    expect(routes(initialNav(ex(3)))).toEqual(['/home', '/exhibit/3']);
    expect(routes(initialNav({ name: 'attract' }))).toEqual(['/']);
  });

  it('push, replace (a swipe to the neighbour), back to the gallery', () => {
    let s = initialNav({ name: 'home' });
    s = navReduce(s, { type: 'push', route: gallery });
    s = navReduce(s, { type: 'push', route: ex(1) });
    s = navReduce(s, { type: 'replace', route: ex(2) });
    s = navReduce(s, { type: 'replace', route: ex(3) });
    expect(routes(s)).toEqual(['/home', '/gallery/heroes', '/exhibit/3']);
    s = navReduce(s, { type: 'back' });
    expect(topOf(s).route).toEqual(gallery);
  });

  it('pushing the screen already on top changes nothing; home and reset clear the stack', () => {
    let s = navReduce(initialNav({ name: 'home' }), { type: 'push', route: gallery });
    expect(navReduce(s, { type: 'push', route: gallery })).toBe(s);
    s = navReduce(s, { type: 'push', route: ex(1) });
    expect(routes(navReduce(s, { type: 'home' }))).toEqual(['/home']);
    expect(routes(navReduce(s, { type: 'reset', route: { name: 'attract' } }))).toEqual(['/']);
    expect(routes(navReduce(s, { type: 'push', route: { name: 'home' } }))).toEqual(['/home']);
  });

  it('back from a lone screen goes home, and back at home stays home', () => {
    const lone: NavState = { stack: [{ key: 1, route: gallery }], nextKey: 2 };
    expect(routes(navReduce(lone, { type: 'back' }))).toEqual(['/home']);
    const home = initialNav({ name: 'home' });
    expect(navReduce(home, { type: 'back' })).toBe(home);
  });

  it('never grows past MAX_DEPTH, keeping home at the bottom, and every entry gets a fresh key', () => {
    let s = initialNav({ name: 'home' });
    for (let i = 1; i <= 500; i++) s = navReduce(s, { type: 'push', route: ex(i) });
    expect(s.stack.length).toBe(MAX_DEPTH);
    expect(s.stack[0]!.route).toEqual({ name: 'home' });
    expect(topOf(s).route).toEqual(ex(500));
    expect(new Set(s.stack.map((e) => e.key)).size).toBe(s.stack.length);
  });
});
