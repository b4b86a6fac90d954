import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExhibitForEdit, ReviewItem } from '../../../archive/api/contract';
import { upsertExhibit } from '../../../archive/content/exhibit-write';
import { upsertCollection, upsertFigure } from '../../../archive/content/collection-write';
import { setTranslationCell } from '../../../archive/curation/translation-cells';
import { CURATOR_PIN, makeHarness, seedCurators, type Harness } from './harness';

let h: Harness;
let id: number;
beforeEach(async () => {
  h = makeHarness();
  await seedCurators(h);
  id = upsertExhibit(
    h.archive.db,
    { uid: 'x', collection: 'heroes', name: { zh: '王大山', mn: 'ᠸᠠᠩ ᠳᠠᠱᠠᠨ', en: 'Wang Dashan' }, unit: { zh: '某部', mn: 'ᠠᠩᠭᠢ' }, needsReview: ['name.mn', 'unit.mn', 'name.en'] },
    'import',
  ).id;
  upsertFigure(h.archive.db, { key: 'f1', value: 30, caption: { zh: '三十年', mn: 'ᠭᠤᠴᠢᠨ ᠵᠢᠯ' }, needsReview: ['caption.mn'] }, 'import');
  await h.ok('curatorLogin', { pin: CURATOR_PIN });
});
afterEach(() => h.cleanup());

const items = async (lang?: 'mn' | 'en') => (await h.ok<{ total: number; items: ReviewItem[] }>('listReviewItems', lang ? { lang } : {})).items;

describe('translation review', () => {
  it('lists drafted translations with the Chinese they translate, the English beside the Mongolian, and where visitors meet them', async () => {
    const mn = await items('mn');
    const exhibitPage = { kind: 'exhibit', id: String(id), name: '王大山', collection: '英模肖像', photo: null };
    expect(mn).toEqual([
      expect.objectContaining({ entity: 'exhibit', entityId: String(id), field: 'name', lang: 'mn', value: 'ᠸᠠᠩ ᠳᠠᠱᠠᠨ', source: '王大山', reference: 'Wang Dashan', label: '王大山', place: exhibitPage }),
      expect.objectContaining({ entity: 'exhibit', field: 'unit', source: '某部', reference: null, place: exhibitPage }),
      expect.objectContaining({ entity: 'figure', field: 'caption', source: '三十年', label: '三十年', place: { kind: 'numbers', id: null, name: '', collection: null, photo: null } }),
    ]);
    expect((await items('en')).map((i) => [i.field, i.reference])).toEqual([['name', null]]);
  });

  it('orders them as the kiosk shows them: a collection’s own texts, then its exhibits in order, each with its photos', async () => {
    const db = h.archive.db;
    upsertCollection(db, { slug: 'heroes', title: { zh: '英模肖像', mn: 'ᠪᠠᠭᠠᠲᠤᠷ' }, needsReview: ['title.mn'] }, 'test');
    const sha = (n: number) => String(n).repeat(64);
    for (const n of [1, 2]) db.prepare(`INSERT INTO media (sha256, mime, ext, bytes, width, height, caption) VALUES (?, 'image/jpeg', 'jpg', 1, 10, 10, ?)`).run(sha(n), `照片${n}`);
    const first = upsertExhibit(db, { uid: 'a', collection: 'heroes', sortOrder: -1, name: { zh: '甲', mn: 'ᠠ' }, needsReview: ['name.mn'], media: [{ sha256: sha(1) }, { sha256: sha(2) }] }, 'import').id;
    setTranslationCell(db, 'media', sha(2), 'caption', 'mn', 'ᠵᠢᠷᠤᠭ', true);
    const mn = await items('mn');
    expect(mn.map((i) => [i.entity, i.place.kind, i.place.id, i.place.photo])).toEqual([
      ['collection', 'collection', 'heroes', null],
      ['exhibit', 'exhibit', String(first), null],
      ['media', 'exhibit', String(first), 2],
      ['exhibit', 'exhibit', String(id), null],
      ['exhibit', 'exhibit', String(id), null],
      ['figure', 'numbers', null, null],
    ]);
  });

  it('confirms a translation through the exhibit’s own writer, logged and revertible', async () => {
    await h.ok('reviewTranslation', { entity: 'exhibit', entityId: String(id), field: 'name', lang: 'mn', value: 'ᠸᠠᠩ ᠳᠠᠱᠠᠨ' });
    const e = await h.ok<ExhibitForEdit>('getExhibitForEdit', { id });
    expect(e.exhibit.needsReview).toEqual(['name.en', 'unit.mn']);
    const [entry] = (await h.ok<{ entries: { id: number; action: string; fields: string[] }[] }>('listChanges', { entity: 'exhibit', entityId: String(id) })).entries;
    expect(entry).toMatchObject({ action: 'exhibit.update', fields: ['needsReview'] });
    await h.ok('revertChange', { id: entry!.id });
    expect((await h.ok<ExhibitForEdit>('getExhibitForEdit', { id })).exhibit.needsReview).toEqual(['name.en', 'name.mn', 'unit.mn']);
  });

  it('takes a correction, and an empty correction removes the drafted text', async () => {
    await h.ok('reviewTranslation', { entity: 'exhibit', entityId: String(id), field: 'unit', lang: 'mn', value: 'ᠴᠡᠷᠢᠭ ᠦᠨ ᠠᠩᠭᠢ' });
    await h.ok('reviewTranslation', { entity: 'exhibit', entityId: String(id), field: 'name', lang: 'en', value: '' });
    const e = await h.ok<ExhibitForEdit>('getExhibitForEdit', { id });
    expect(e.exhibit.unit).toEqual({ zh: '某部', mn: 'ᠴᠡᠷᠢᠭ ᠦᠨ ᠠᠩᠭᠢ' });
    expect(e.exhibit.name.en).toBeUndefined();
    expect(e.exhibit.needsReview).toEqual(['name.mn']);
  });

  it('reviews figure captions with their own logged, revertible entry', async () => {
    const fig = (await items('mn')).find((i) => i.entity === 'figure')!;
    await h.ok('reviewTranslation', { entity: 'figure', entityId: fig.entityId, field: 'caption', lang: 'mn', value: 'ᠭᠣᠴᠢᠨ ᠵᠢᠯ' });
    expect((await items('mn')).some((i) => i.entity === 'figure')).toBe(false);
    const [entry] = (await h.ok<{ entries: { id: number }[] }>('listChanges', { entity: 'translation' })).entries;
    await h.ok('revertChange', { id: entry!.id });
    expect((await items('mn')).find((i) => i.entity === 'figure')).toMatchObject({ value: 'ᠭᠤᠴᠢᠨ ᠵᠢᠯ' });
  });

  it.each([
    [{ entity: 'exhibit', entityId: '1', field: 'uid', lang: 'mn', value: 'x' }, 'BAD_INPUT'],
    [{ entity: 'exhibit', entityId: '1', field: 'name; DROP TABLE exhibits', lang: 'mn', value: 'x' }, 'BAD_INPUT'],
    [{ entity: 'curators', entityId: '1', field: 'name', lang: 'mn', value: 'x' }, 'BAD_INPUT'],
    [{ entity: 'exhibit', entityId: '999', field: 'name', lang: 'mn', value: 'x' }, 'NOT_FOUND'],
  ])('refuses %j', async (input, code) => {
    expect(await h.call('reviewTranslation', input)).toMatchObject({ ok: false, error: { code } });
  });

  it('confirms and corrects UI strings for every kiosk, and puts them back', async () => {
    await h.ok('saveUiString', { lang: 'mn', key: 'home.welcome', value: 'ᠮᠡᠨᠳᠦ' });
    expect((await h.ok<{ overrides: unknown[] }>('getUiStringOverrides', {}, 'visitor')).overrides).toEqual([{ lang: 'mn', key: 'home.welcome', value: 'ᠮᠡᠨᠳᠦ', reviewed: true }]);
    const [entry] = (await h.ok<{ entries: { id: number; action: string }[] }>('listChanges', { entity: 'ui_string' })).entries;
    expect(entry!.action).toBe('ui_string.update');
    await h.ok('revertChange', { id: entry!.id });
    expect((await h.ok<{ overrides: unknown[] }>('getUiStringOverrides', {})).overrides).toEqual([]);
    expect(await h.call('saveUiString', { lang: 'mn', key: '../etc', value: 'x' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
