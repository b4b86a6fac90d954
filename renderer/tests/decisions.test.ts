import { describe, expect, it } from 'vitest';
import { idlePhase } from '../src/app/idle-phase';
import { classifySwipe } from '../src/app/swipe';
import { gridGeometry, pagesCovering, pagesToEvict } from '../src/screens/gallery/grid-geometry';
import { activeFilters, withFilter } from '../src/screens/gallery/filters';
import { attractSources, buildSlides } from '../src/screens/attract/slides';
import type { ExhibitTile, MediaRef } from '../../archive/api/contract';

describe('idlePhase', () => {
  const idle = 60_000;
  const cd = 15_000;
  it('active, then a countdown in whole seconds, then expired', () => {
    expect(idlePhase(1000, 1000, idle, cd)).toEqual({ kind: 'active', msToWarning: idle });
    expect(idlePhase(61_000, 1000, idle, cd)).toMatchObject({ kind: 'warning', secondsLeft: 15 });
    expect(idlePhase(61_001, 1000, idle, cd)).toMatchObject({ kind: 'warning', secondsLeft: 15 });
    expect(idlePhase(75_500, 1000, idle, cd)).toMatchObject({ kind: 'warning', secondsLeft: 1 });
    expect(idlePhase(76_000, 1000, idle, cd)).toEqual({ kind: 'expired' });
  });
  it('schedules the next tick on the second boundary', () => {
    const p = idlePhase(62_250, 1000, idle, cd);
    expect(p).toEqual({ kind: 'warning', secondsLeft: 14, msToNextTick: 750 });
  });
  it('a clock that jumps backwards, NaN, or nonsense settings never reset a visitor early', () => {
    expect(idlePhase(0, 100_000, idle, cd).kind).toBe('active');
    expect(idlePhase(NaN, 0, idle, cd).kind).toBe('active');
    expect(idlePhase(5000, 0, -1, cd).kind).toBe('active');
    expect(idlePhase(5000, 0, NaN, NaN).kind).toBe('active');
    expect(idlePhase(Infinity, 0, idle, cd).kind).toBe('active');
  });
});

describe('classifySwipe', () => {
  it('a long or quick sideways movement is a swipe; left is next', () => {
    expect(classifySwipe(-300, 10, 250, 1000)).toBe('next');
    expect(classifySwipe(300, -20, 250, 1000)).toBe('previous');
    expect(classifySwipe(-60, 0, 80, 1000)).toBe('next');
  });
  it('taps, scrolls, diagonal drags and slow nudges are not swipes', () => {
    expect(classifySwipe(5, 2, 100, 1000)).toBeNull();
    expect(classifySwipe(-100, 300, 200, 1000)).toBeNull();
    expect(classifySwipe(-120, 100, 200, 1000)).toBeNull();
    expect(classifySwipe(-60, 0, 1000, 1000)).toBeNull();
    expect(classifySwipe(-50, 0, 2000, 1000)).toBeNull();
  });
  it('garbage input is no swipe', () => {
    expect(classifySwipe(NaN, 0, 100, 1000)).toBeNull();
    expect(classifySwipe(-300, 0, 0, 1000)).toBeNull();
    expect(classifySwipe(-300, 0, -5, 1000)).toBeNull();
    expect(classifySwipe(-Infinity, 0, 100, 1000)).toBeNull();
  });
});

describe('grid geometry and paging', () => {
  it('fits as many columns as keep tiles at least the minimum width, between 2 and 12', () => {
    expect(gridGeometry(1840, 260, 24, 4 / 3, 88).cols).toBe(6);
    expect(gridGeometry(300, 260, 24, 4 / 3, 88).cols).toBe(2);
    expect(gridGeometry(100_000, 100, 0, 1, 0).cols).toBe(12);
    const g = gridGeometry(1000, 200, 20, 1, 50);
    expect(g.tileWidth * g.cols + 20 * (g.cols - 1)).toBeCloseTo(1000);
    expect(g.rowHeight).toBe(Math.round(g.tileWidth + 50 + 20));
  });
  it('survives zero, negative and NaN sizes', () => {
    for (const w of [0, -5, NaN, Infinity]) {
      const g = gridGeometry(w, 200, 20, 1, 50);
      expect(Number.isFinite(g.rowHeight) && g.cols >= 2 && g.tileWidth >= 0).toBe(true);
    }
  });
  it('names the pages covering a range, and evicts the farthest first', () => {
    expect(pagesCovering(0, 0, 120)).toEqual([0]);
    expect(pagesCovering(100, 250, 120)).toEqual([0, 1, 2]);
    expect(pagesCovering(5, 4, 120)).toEqual([]);
    expect(pagesCovering(-50, 10, 120)).toEqual([0]);
    expect(pagesCovering(0, 10, 0)).toEqual([]);
    expect(pagesToEvict([0, 1, 2, 3, 40, 41], [40, 41], 4)).toEqual([0, 1]);
    expect(pagesToEvict([0, 1], [0], 4)).toEqual([]);
  });
});

describe('gallery filters', () => {
  it('sets and clears one group at a time', () => {
    const f = withFilter(withFilter({}, 'decade', '1990'), 'honour', '一等功');
    expect(f).toEqual({ decade: 1990, honour: '一等功' });
    expect(withFilter(f, 'decade', null)).toEqual({ honour: '一等功' });
    expect(activeFilters(f)).toEqual([
      { group: 'decade', value: '1990' },
      { group: 'honour', value: '一等功' },
    ]);
  });
  it('refuses decades that are not whole decades and values the contract would reject', () => {
    expect(withFilter({}, 'decade', '1995')).toEqual({});
    expect(withFilter({}, 'decade', 'abc')).toEqual({});
    expect(withFilter({}, 'decade', '3000')).toEqual({});
    expect(withFilter({}, 'tag', '   ')).toEqual({});
    expect(withFilter({}, 'tag', 'x'.repeat(101))).toEqual({});
    expect(withFilter({}, 'unit', 'x'.repeat(200))).toEqual({ unit: 'x'.repeat(200) });
  });
});

describe('attract slides', () => {
  const media = (sha: string, sample = true): MediaRef => ({
    sha256: sha.padEnd(64, '0'),
    mime: 'image/jpeg',
    width: 100,
    height: 100,
    thumb: { width: 10, height: 10 },
    screen: { width: 50, height: 50 },
    alt: { zh: '' },
    caption: { zh: '' },
    credit: '',
    sample,
  });
  const tile = (id: number, cover: MediaRef | null): ExhibitTile => ({
    id,
    collectionId: 1,
    kind: 'person',
    title: { zh: '' },
    name: { zh: `人${id}` },
    date: { precision: 'unknown', start: null, end: null },
    sample: true,
    status: 'published',
    cover,
  });
  it('alternates collections, skips tiles without pictures and repeated pictures, and caps the loop', () => {
    const a = [tile(1, media('a')), tile(2, null), tile(3, media('b'))];
    const b = [tile(4, media('c')), tile(5, media('a'))];
    expect(buildSlides([a, b]).map((s) => s.tile.id)).toEqual([1, 4, 3]);
    const many = Array.from({ length: 100 }, (_, i) => tile(i + 1, media(i.toString(16))));
    expect(buildSlides([many], 36)).toHaveLength(36);
    expect(buildSlides([])).toEqual([]);
  });
  it('uses the configured collections that exist, else all', () => {
    const all = [{ slug: 'heroes' }, { slug: 'veterans' }];
    expect(attractSources(all, ['veterans', 'ghost', 'veterans'])).toEqual(['veterans']);
    expect(attractSources(all, ['ghost'])).toEqual(['heroes', 'veterans']);
    expect(attractSources(all, [])).toEqual(['heroes', 'veterans']);
  });
});
