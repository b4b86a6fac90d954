// The workspace's decisions are pure functions; they are tested here with hostile and awkward input.
import { describe, expect, it } from 'vitest';
import { curatorCatalog, curatorKeys } from '../i18n/catalog';
import { translate, withOverrides } from '../i18n/translate';
import { actorName } from '../lib/actor';
import { blankExhibit, formKey, missingCount, missingLangs, move, parseTags, setText, withPhoto, withoutPhoto } from '../lib/exhibit-form';
import { groupBy, placeholderProblem, screenOfKey, uiStringsToReview } from '../lib/review-list';
import { curatorPath, parseCuratorPath, type CuratorRoute } from '../lib/route';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('workspace routes', () => {
  it.each<[string, string, CuratorRoute]>([
    ['/curator', '', { screen: 'exhibits', collection: null }],
    ['/curator/exhibits', '?collection=heroes', { screen: 'exhibits', collection: 'heroes' }],
    ['/curator/exhibit/12', '', { screen: 'exhibit', id: 12, collection: null }],
    ['/curator/exhibit/new', '?collection=veterans', { screen: 'exhibit', id: null, collection: 'veterans' }],
    ['/curator/collection/heroes', '', { screen: 'collection', slug: 'heroes' }],
    ['/curator/history', '?entity=exhibit&id=7', { screen: 'history', entity: 'exhibit', entityId: '7' }],
    ['/curator/settings', '', { screen: 'settings' }],
  ])('%s%s', (path, search, route) => {
    expect(parseCuratorPath(path, search)).toEqual(route);
    expect(parseCuratorPath(...(curatorPath(route).split('?') as [string, string?]).map((p, i) => (i === 1 ? `?${p}` : p)) as [string, string?])).toEqual(route);
  });

  it.each([
    ['/curator/exhibit/0'],
    ['/curator/exhibit/-1'],
    ['/curator/exhibit/99999999999'],
    ['/curator/exhibit/1e3'],
    ['/curator/collection/..%2F..%2Fetc'],
    ['/curator/%E0%A4%A'],
    ['/curator/settings/extra'],
    ['/curator/unknown'],
    ['/elsewhere'],
  ])('lands a stale or hostile address %s on the exhibit list', (path) => {
    expect(parseCuratorPath(path).screen).toMatch(/^(exhibits|collections)$/);
  });

  it('drops a hostile collection filter', () => {
    expect(parseCuratorPath('/curator/exhibits', '?collection=<script>')).toEqual({ screen: 'exhibits', collection: null });
    expect(parseCuratorPath('/curator/history', '?entity=DROP%20TABLE')).toMatchObject({ entity: null });
  });
});

describe('exhibit form', () => {
  it('marks missing translations only where there is Chinese to translate', () => {
    expect(missingLangs({ zh: '' })).toEqual([]);
    expect(missingLangs({ zh: '王大山' })).toEqual(['mn', 'en']);
    expect(missingLangs({ zh: '王大山', mn: '  ', en: 'Wang' })).toEqual(['mn']);
    const e = { ...blankExhibit('heroes'), name: { zh: '王', en: 'Wang' }, body: { zh: '事迹' } };
    expect(missingCount(e)).toBe(3);
  });

  it('drops the needs-review mark of a translation the curator edits, never of another', () => {
    const e = { ...blankExhibit('heroes'), name: { zh: '王', mn: 'ᠸᠠᠩ' }, needsReview: ['name.mn', 'name.en', 'unit.mn'] };
    expect(setText(e, 'name', 'mn', 'ᠸᠠᠩ ᠳᠠ').needsReview).toEqual(['name.en', 'unit.mn']);
    expect(setText(e, 'name', 'zh', '王大山').needsReview).toEqual(e.needsReview);
    expect(setText(e, 'name', 'mn', '').name).toEqual({ zh: '王' });
  });

  it('reads tags written with either width of comma, 、 or semicolons, without duplicates', () => {
    expect(parseTags('抗美援朝，边防、 边防;  英模；\n')).toEqual(['抗美援朝', '边防', '英模']);
    expect(parseTags(' , ，')).toEqual([]);
  });

  it('moves items and ignores moves out of range', () => {
    expect(move([1, 2, 3], 2, 0)).toEqual([3, 1, 2]);
    expect(move([1, 2, 3], 0, 5)).toEqual([1, 2, 3]);
    expect(move([1, 2, 3], -1, 0)).toEqual([1, 2, 3]);
  });

  it('keeps the cover valid when photos come and go', () => {
    let e = withPhoto(blankExhibit('heroes'), A);
    expect(e.cover).toBe(A);
    e = withPhoto(withPhoto(e, B), B);
    expect(e.media.map((m) => m.sha256)).toEqual([A, B]);
    expect(withoutPhoto({ ...e, cover: A }, A)).toMatchObject({ cover: B, media: [{ sha256: B }] });
    expect(withoutPhoto({ ...e, cover: B }, A).cover).toBe(B);
    expect(withoutPhoto(withoutPhoto(e, A), B).cover).toBeNull();
  });

  it('sees no change where only key order or empty translations differ, and a change in photo words', () => {
    const e = { ...blankExhibit('heroes'), name: { zh: '王' }, tags: ['b', 'a'], media: [{ sha256: C }] };
    const photos = { [C]: { sha256: C, alt: { zh: '肖像' }, caption: { zh: '' }, credit: '' } };
    expect(formKey({ exhibit: e, photos })).toBe(formKey({ exhibit: { ...e, tags: ['a', 'b'], name: { zh: '王', en: '' } as never }, photos }));
    expect(formKey({ exhibit: e, photos })).not.toBe(formKey({ exhibit: e, photos: { [C]: { ...photos[C]!, credit: '档案馆' } } }));
  });
});

describe('workspace strings', () => {
  it('has every key in Chinese and English, and falls back to Chinese where Mongolian is missing', () => {
    for (const k of curatorKeys) {
      expect(curatorCatalog.zh[k], k).toBeTruthy();
      expect(curatorCatalog.en[k], k).toBeTruthy();
    }
    const mnMissing = curatorKeys.find((k) => !curatorCatalog.mn[k])!;
    expect(translate(curatorCatalog, 'mn', mnMissing)).toBe(curatorCatalog.zh[mnMissing]);
  });

  it('fills placeholders and leaves a missing variable visible rather than printing undefined', () => {
    expect(translate(curatorCatalog, 'zh', 'cur.exhibits.count', { n: 3 })).toBe('共 3 件');
    expect(translate(curatorCatalog, 'en', 'cur.exhibits.count')).toBe('{{n}} exhibits');
  });

  it('takes a reviewed override but never one that loses a placeholder, is empty, or names an unknown key', () => {
    const out = withOverrides(curatorCatalog, [
      { lang: 'mn', key: 'cur.exhibits.count', value: '{{n}} ᠦᠵᠡᠮᠵᠢ' },
      { lang: 'mn', key: 'cur.exhibits.photos', value: 'ᠵᠢᠷᠤᠭ' },
      { lang: 'en', key: 'cur.title', value: '   ' },
      { lang: 'en', key: 'nav.home', value: 'Home' },
      { lang: 'en', key: '__proto__', value: 'x' },
    ]);
    expect(out.mn['cur.exhibits.count']).toBe('{{n}} ᠦᠵᠡᠮᠵᠢ');
    expect(out.mn['cur.exhibits.photos']).toBe(curatorCatalog.mn['cur.exhibits.photos']);
    expect(out.en['cur.title']).toBe('Curator workspace');
    expect(Object.prototype.hasOwnProperty.call(out.en, 'nav.home')).toBe(false);
  });

  it('lists the strings to review with overrides laid over them, the English beside them, by the screen they are on', () => {
    const rows = uiStringsToReview(
      [
        {
          catalog: { zh: { 'search.title': '查找', 'home.a': '首页', 'home.b': '共 {{n}} 件' }, mn: { 'home.a': 'ᠨᠢᠭᠤᠷ' }, en: { 'home.a': 'Home', 'home.b': '{{n}} items', 'search.title': 'Search' } },
          needsReview: { zh: [], mn: ['search.title', 'home.a', 'home.b'], en: [] },
        },
      ],
      [
        { lang: 'mn', key: 'home.b', value: '{{n}}', reviewed: true },
        { lang: 'en', key: 'search.title', value: 'Find', reviewed: true },
      ],
      'mn',
    );
    expect(rows).toEqual([
      { key: 'home.a', screen: 'v-home', source: '首页', reference: 'Home', shipped: 'ᠨᠢᠭᠤᠷ', value: 'ᠨᠢᠭᠤᠷ', reviewed: false, overridden: false },
      { key: 'home.b', screen: 'v-home', source: '共 {{n}} 件', reference: '{{n}} items', shipped: '', value: '{{n}}', reviewed: true, overridden: true },
      { key: 'search.title', screen: 'v-search', source: '查找', reference: 'Find', shipped: '', value: '', reviewed: false, overridden: false },
    ]);
    expect(groupBy(rows, (r) => r.screen).map((g) => [g.key, g.items.length])).toEqual([
      ['v-home', 2],
      ['v-search', 1],
    ]);
    expect(placeholderProblem('共 {{n}} 件', '{{ n }} ᠦᠵᠡᠮᠵᠢ')).toBeNull();
    expect(placeholderProblem('共 {{n}} 件', 'ᠦᠵᠡᠮᠵᠢ')).toEqual(['{{n}}']);
    expect(placeholderProblem('首页', '{{evil}}')).toEqual([]);
  });

  it('shows who did a change', () => {
    expect(actorName('curator:12:王芳')).toBe('王芳');
    expect(actorName('curator:12:a:b')).toBe('a:b');
    expect(actorName('cli')).toBe('cli');
  });

  it('places every UI string on a screen a curator knows', () => {
    expect(screenOfKey('app.subtitle')).toBe('v-common');
    expect(screenOfKey('attract.touch')).toBe('v-attract');
    expect(screenOfKey('viewer.of')).toBe('v-exhibit');
    expect(screenOfKey('cur.import.unused')).toBe('c-import');
    expect(screenOfKey('cur.title')).toBe('c-common');
    for (const k of curatorKeys) expect(curatorCatalog.zh[`cur.review.screen.${screenOfKey(k)}` as keyof typeof curatorCatalog.zh], k).toBeTruthy();
  });
});
