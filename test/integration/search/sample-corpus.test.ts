// Search over the committed poems sample: exact against the substring oracle, pinyin, typos, visibility,
// facets, paging, highlights. Runs on a fresh clone (no /work/shared needed).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../archive/archive';
import { upsertCollection } from '../../../archive/content/collection-write';
import { upsertExhibit } from '../../../archive/content/exhibit-write';
import { fold } from '../../../archive/search/fold';
import { loadSourceDocs } from '../../../archive/search/doc-source';
import { SearchEngine } from '../../../archive/search/engine';
import { searchArchive } from '../../../archive/search/search-archive';
import { foldedSubstringScan } from '../../../archive/search/substring-scan';
import { makeTempDir } from '../../support/temp-dir';
import { buildSampleArchive, copyArchive } from './sample-archive';

let tmp: ReturnType<typeof makeTempDir>;
let archive: Archive;
let engine: SearchEngine;

const all = (q: string, audience: 'visitor' | 'curator' = 'visitor', extra: Record<string, unknown> = {}) => {
  const first = engine.search({ q, offset: 0, limit: 10_000, ...extra }, audience);
  return { ...first, ids: first.page.map((p) => p.id).sort((a, b) => a - b) };
};

beforeAll(() => {
  tmp = makeTempDir('hak-search-sample-');
  buildSampleArchive(path.join(tmp.dir, 'template'));
  archive = copyArchive(path.join(tmp.dir, 'template'), path.join(tmp.dir, 'a'));
  const db = archive.db;
  // People whose names read differently as surnames, an honour for initials, drafts and a hidden collection.
  upsertCollection(db, { slug: 'heroes', title: { zh: '英雄模范', en: 'Heroes' } }, 'test');
  upsertCollection(db, { slug: 'secret', title: '内部', hidden: true }, 'test');
  const people: [string, string, Record<string, unknown>][] = [
    ['p-shan', '单雄信', { honours: { zh: '全国最美退役军人', en: 'Most Admired Veteran' } }],
    ['p-zeng', '曾国藩', {}],
    ['p-xie', '解缙', {}],
    ['p-qiu', '仇英', {}],
    ['p-ou', '区华', { name: { zh: '区华', en: 'Ōu Huá', mn: 'ᠣᠤ ᠬᠤᠸᠠ' } }],
    ['p-draft', '草稿人', { status: 'draft' }],
  ];
  for (const [uid, name, extra] of people) {
    upsertExhibit(db, { uid, collection: 'heroes', status: 'published', name, unit: '某部', date: { precision: 'year', start: '1985', end: null }, tags: ['英雄'], ...extra }, 'test');
  }
  upsertExhibit(db, { uid: 'p-hidden', collection: 'secret', status: 'published', name: '隐藏人' }, 'test');
  engine = new SearchEngine(db);
});

afterAll(() => {
  archive?.close();
  tmp?.cleanup();
});

describe('Chinese queries', () => {
  it('return exactly the exhibits a folded substring scan finds, for 1 to 4 characters and both audiences', () => {
    const queries = ['月', '李', '白', '𠀋', '明月', '李白', '杜甫', '长安', '春风', '不知', '李商隐', '李商隱', '白居易', '水调歌头', '静夜思', '靜夜思', '乾', '後', '雲', '，', '。', '全国最美', '某部', '英雄'];
    for (const q of queries) {
      for (const audience of ['visitor', 'curator'] as const) {
        expect(all(q, audience).ids, `${q} (${audience})`).toEqual(foldedSubstringScan(archive.db, q, audience));
      }
    }
  });

  it('fold simplified and traditional together', () => {
    expect(all('李商隐').ids).toEqual(all('李商隱').ids);
    expect(all('李商隐').total).toBeGreaterThan(100);
  });

  it('rank the exact name first, then names that start with the query, then titles, then other fields', () => {
    const r = engine.search({ q: '李白', offset: 0, limit: 500 }, 'visitor');
    const names = loadSourceDocs(archive.db, r.page.map((p) => p.id));
    const nameOf = new Map(names.map((d) => [d.id, fold(d.zh.name)]));
    const firstOther = r.page.findIndex((p) => nameOf.get(p.id) !== '李白');
    expect(firstOther).toBeGreaterThan(0);
    expect(r.page.slice(firstOther).every((p) => nameOf.get(p.id) !== '李白')).toBe(true);
    expect(r.page.slice(0, firstOther).every((p) => p.score === 100)).toBe(true);
    const scores = r.page.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('pinyin', () => {
  it('finds 李白 by full spelling, spaced spelling, initials, prefix and mixture', () => {
    for (const q of ['libai', 'li bai', 'lb', 'lib', 'lbai', 'li白']) {
      const r = engine.search({ q, offset: 0, limit: 5 }, 'visitor');
      const top = loadSourceDocs(archive.db, [r.page[0]!.id])[0]!;
      if (q !== 'lb') expect(top.zh.name, q).toBe('李白');
      expect(r.total, q).toBeGreaterThan(0);
    }
    expect(all('libai').page.filter((p) => p.score === 96).length).toBe(all('李白').page.filter((p) => p.score === 100).length);
  });

  it('reads polyphonic surnames as surnames, and still accepts the other reading', () => {
    for (const [q, name] of [['shanxiongxin', '单雄信'], ['zengguofan', '曾国藩'], ['xiejin', '解缙'], ['qiuying', '仇英'], ['ouhua', '区华']] as const) {
      const r = engine.search({ q, offset: 0, limit: 3 }, 'visitor');
      expect(r.page[0]?.score, q).toBe(96);
      expect(loadSourceDocs(archive.db, [r.page[0]!.id])[0]!.zh.name, q).toBe(name);
    }
    expect(all('danxiongxin').total).toBeGreaterThan(0);
  });

  it('finds an honour by its initials', () => {
    const r = all('zmtyjr');
    expect(r.total).toBe(1);
    expect(loadSourceDocs(archive.db, r.ids)[0]!.zh.name).toBe('单雄信');
  });
});

describe('typos', () => {
  it('suggests 静夜思 for 静夜死 and returns its exhibits as guesses', () => {
    const r = engine.search({ q: '静夜死', offset: 0, limit: 10 }, 'visitor');
    expect(r.didYouMean).toBe('静夜思');
    expect(r.total).toBeGreaterThan(0);
    expect(r.page.every((p) => p.score <= 40)).toBe(true);
    expect(all('静夜思').ids).toEqual(r.page.map((p) => p.id).sort((a, b) => a - b));
  });

  it('gives no suggestion when something matches exactly, nor for nonsense', () => {
    expect(engine.search({ q: '静夜思', offset: 0, limit: 5 }, 'visitor').didYouMean).toBeNull();
    const none = engine.search({ q: 'qqqqqqxz', offset: 0, limit: 5 }, 'visitor');
    expect(none.total).toBe(0);
    expect(none.didYouMean).toBeNull();
  });
});

describe('translations', () => {
  it('search English and Mongolian case- and accent-insensitively, by word beginnings', () => {
    for (const q of ['most admired', 'MOST ADM', 'ou hua', 'Ōu', 'ᠣᠤ']) expect(all(q).total, q).toBeGreaterThan(0);
    expect(all('dmired').total).toBe(0);
  });
});

describe('visibility, facets and paging', () => {
  it('shows drafts and hidden collections to curators only', () => {
    expect(all('草稿人').total).toBe(0);
    expect(all('草稿人', 'curator').total).toBe(1);
    expect(all('隐藏人').total).toBe(0);
    expect(all('隐藏人', 'curator').total).toBe(1);
  });

  it('pages through every result once, and filters by collection, decade and tag with matching facets', () => {
    const q = '月';
    const every = all(q);
    const seen: number[] = [];
    for (let offset = 0; offset < every.total; offset += 24) seen.push(...engine.search({ q, offset, limit: 24 }, 'visitor').page.map((p) => p.id));
    expect(seen.sort((a, b) => a - b)).toEqual(every.ids);
    const tang = every.facets.tags.find((t) => t.value === '唐')!;
    expect(all(q, 'visitor', { tag: '唐' }).total).toBe(tang.count);
    const heroes = all('英雄');
    expect(heroes.facets.decades).toContainEqual({ value: '1980', count: 5 });
    expect(all('英雄', 'visitor', { decade: 1980 }).total).toBe(5);
    expect(all('英雄', 'visitor', { collection: 'heroes' }).total).toBe(heroes.facets.collections.find((c) => c.value === 'heroes')!.count);
    expect(all('英雄', 'visitor', { collection: 'nope' }).total).toBe(0);
  });
});

describe('results as the API returns them', () => {
  it('carry tiles, match kinds and highlights that never split a character outside the BMP', () => {
    const astral = loadSourceDocs(archive.db, null).find((d) => /[\ud800-\udbff]/.test(d.zh.body))!;
    const ch = String.fromCodePoint(astral.zh.body.codePointAt(astral.zh.body.search(/[\ud800-\udbff]/))!);
    const out = searchArchive(archive.db, { q: ch, offset: 0, limit: 50 }, 'visitor');
    expect(out.total).toBeGreaterThan(0);
    for (const hit of out.hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const h of hit.highlights) {
        for (const [s, e] of h.ranges) {
          expect(h.text.slice(s, e)).toBe(ch);
          expect(/[\udc00-\udfff]/.test(h.text[s] ?? '')).toBe(false);
        }
      }
    }
    const li = searchArchive(archive.db, { q: 'libai', offset: 0, limit: 3 }, 'visitor');
    expect(li.hits[0]!.match).toBe('pinyin');
    expect(li.hits[0]!.highlights[0]).toMatchObject({ field: 'name', text: '李白', ranges: [[0, 2]] });
  });
});
