// The search methods as the kiosk calls them: through the dispatcher, with the contract's schemas checked
// on the way in and out, and the anonymous counters curators read.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../archive/archive';
import { createDispatcher, type Dispatch } from '../../../archive/api/dispatch';
import { createHandlers } from '../../../archive/api/handlers';
import type { Caller } from '../../../archive/api/handler-types';
import type { SearchOutput } from '../../../archive/api/contract/search';
import { searchAnalyticsFor } from '../../../archive/search/analytics-buffer';
import { makeTempDir } from '../../support/temp-dir';
import { buildSampleArchive, copyArchive } from './sample-archive';

let tmp: ReturnType<typeof makeTempDir>;
let archive: Archive;
let dispatch: Dispatch;
const visitor: Caller = { sessionKey: 'test', audience: 'visitor' };

beforeAll(() => {
  tmp = makeTempDir('hak-search-api-');
  buildSampleArchive(path.join(tmp.dir, 'template'));
  archive = copyArchive(path.join(tmp.dir, 'template'), path.join(tmp.dir, 'a'));
  dispatch = createDispatcher(createHandlers({ archive }));
});
afterAll(() => {
  archive?.close();
  tmp?.cleanup();
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(method, input, visitor);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

describe('search through the dispatcher', () => {
  it('answers in the contract shape with tiles, facets, match kinds and highlights', async () => {
    const out = await call<SearchOutput>('search', { q: '李白', limit: 5 });
    expect(out.query).toBe('李白');
    expect(out.hits).toHaveLength(5);
    expect(out.hits[0]).toMatchObject({ collectionSlug: 'poems', match: 'name-exact', score: 100, exhibit: { name: { zh: '李白' } } });
    expect(out.hits[0]!.highlights[0]).toMatchObject({ field: 'name', lang: 'zh', ranges: [[0, 2]] });
    expect(out.facets.collections).toEqual([{ value: 'poems', count: out.total }]);
    const page2 = await call<SearchOutput>('search', { q: '李白', offset: 5, limit: 5 });
    expect(page2.hits.map((h) => h.exhibit.id)).not.toContain(out.hits[0]!.exhibit.id);
  });

  it('refuses malformed input with a clear error instead of searching', async () => {
    for (const input of [{ q: 'x'.repeat(101) }, { q: '月', limit: 0 }, { q: '月', extra: 1 }, { q: 42 }]) {
      const r = await dispatch('search', input, visitor);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('BAD_INPUT');
    }
    expect((await call<SearchOutput>('search', { q: '   ' })).total).toBe(0);
  });

  it('counts every search and the normalised zero-result queries, off the keystroke path', async () => {
    const analytics = searchAnalyticsFor(archive.db);
    analytics.flush();
    const count = (kind: string, key: string) =>
      (archive.db.prepare('SELECT coalesce(sum(count), 0) FROM analytics_daily WHERE kind = ? AND key = ?').pluck().get(kind, key) as number) ?? 0;
    const before = count('search', '');
    await call('search', { q: '月' });
    await call('search', { q: '  ＺＺＱＸ  ' });
    await call('search', { q: 'zzqx' });
    expect(count('search_zero', 'zzqx')).toBe(0); // buffered, not yet written
    expect(analytics.flush()).toBe(true);
    expect(count('search', '') - before).toBe(3);
    expect(count('search_zero', 'zzqx')).toBe(2);
  });

  it('keeps counting while another connection holds the write lock, and writes the counts afterwards', async () => {
    const { openArchive } = await import('../../../archive/archive');
    const other = openArchive(archive.root);
    try {
      const analytics = searchAnalyticsFor(archive.db);
      other.db.prepare('BEGIN IMMEDIATE').run();
      await call('search', { q: 'qqzzx' });
      expect(analytics.flush()).toBe(false);
      expect(analytics.pendingCount).toBeGreaterThan(0);
      expect(archive.db.pragma('busy_timeout', { simple: true })).toBe(5000);
      other.db.prepare('COMMIT').run();
      expect(analytics.flush()).toBe(true);
      expect(archive.db.prepare(`SELECT count FROM analytics_daily WHERE kind = 'search_zero' AND key = 'qqzzx'`).pluck().get()).toBe(1);
    } finally {
      other.close();
    }
  });
});

describe('pinyinCandidates through the dispatcher', () => {
  it('offers names and characters the typed letters spell, most used first', async () => {
    const { candidates } = await call<{ candidates: { text: string; pinyin: string; count: number }[] }>('pinyinCandidates', { pinyin: 'libai' });
    expect(candidates[0]).toMatchObject({ text: '李白', pinyin: 'li bai' });
    expect(candidates[0]!.count).toBeGreaterThan(100);
    const li = await call<{ candidates: { text: string }[] }>('pinyinCandidates', { pinyin: 'li', limit: 5 });
    expect(li.candidates[0]!.text).toBe('李');
    expect(li.candidates.length).toBeLessThanOrEqual(5);
    const r = await dispatch('pinyinCandidates', { pinyin: 'LI' }, visitor);
    expect(r.ok).toBe(false);
  });
});
