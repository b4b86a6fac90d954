import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExhibitForEdit } from '../../../archive/api/contract';
import { makeJpeg } from '../../support/images';
import { ADMIN_PIN, CURATOR_PIN, addPhoto, makeHarness, seedCurators, type Harness } from './harness';

let h: Harness;
let photos: string[];
beforeEach(async () => {
  h = makeHarness();
  await seedCurators(h);
  await h.ok('curatorLogin', { pin: CURATOR_PIN });
  photos = [];
  for (let i = 0; i < 3; i++) photos.push(await addPhoto(h, await makeJpeg(800, 640, 10 + i), `p${i}.jpg`));
});
afterEach(() => h.cleanup());

const lt = (zh: string, en?: string, mn?: string) => ({ zh, ...(en ? { en } : {}), ...(mn ? { mn } : {}) });

async function create(extra: Record<string, unknown> = {}): Promise<ExhibitForEdit> {
  return h.ok<ExhibitForEdit>('saveExhibit', {
    id: null,
    baseUpdatedAt: null,
    exhibit: {
      uid: '',
      collection: 'heroes',
      name: lt('王大山', 'Wang Dashan', 'ᠸᠠᠩ'),
      unit: lt('某部三连'),
      birthYear: 1925,
      tags: ['抗美援朝'],
      media: photos.map((sha256) => ({ sha256 })),
      cover: photos[1],
      ...extra,
    },
    photos: [
      { sha256: photos[0]!, alt: lt('王大山的肖像', 'Portrait of Wang Dashan'), caption: lt('1951年'), credit: '市档案馆' },
      { sha256: photos[1]!, alt: lt('王大山与战友'), caption: lt('1952年'), credit: '' },
      { sha256: photos[2]!, alt: lt('王大山的奖章'), caption: lt(''), credit: '' },
    ],
  });
}

const save = (e: ExhibitForEdit, patch: Record<string, unknown>, key = 'client-a') =>
  h.call('saveExhibit', { id: e.id, baseUpdatedAt: e.updatedAt, exhibit: { ...e.exhibit, ...patch }, photos: [] }, key);

const history = async (entityId: string) =>
  (await h.ok<{ entries: { id: number; action: string; reverts: number | null; revertible: boolean; actor: string; fields: string[] }[] }>('listChanges', { entity: 'exhibit', entityId })).entries;

describe('editing exhibits', () => {
  it('creates a draft with translations, photos in order, a cover and photo words, all logged', async () => {
    const e = await create();
    expect(e.exhibit).toMatchObject({ status: 'draft', name: { zh: '王大山', en: 'Wang Dashan', mn: 'ᠸᠠᠩ' }, cover: photos[1], tags: ['抗美援朝'] });
    expect(e.exhibit.uid).toMatch(/^cur-\d{8}-[0-9a-f]{8}$/);
    expect(e.photos.map((p) => p.sha256)).toEqual(photos);
    expect(e.photos[0]).toMatchObject({ alt: { zh: '王大山的肖像', en: 'Portrait of Wang Dashan' }, caption: { zh: '1951年' }, credit: '市档案馆' });
    expect((await history(String(e.id))).map((x) => x.action)).toEqual(['exhibit.create']);
    // Drafts stay off the visitor screens.
    expect(await h.call('getExhibit', { id: e.id }, 'visitor')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reports each invalid field so the form can show it beside the field', async () => {
    const r = await h.call('saveExhibit', {
      id: null,
      baseUpdatedAt: null,
      exhibit: { collection: 'heroes', name: '', title: '', birthYear: 1990, deathYear: 1950, date: { precision: 'month', start: '1950', end: null } },
      photos: [],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    if (!r.ok) expect(Object.keys(r.error.details!.fields as object).sort()).toEqual(['date.start', 'deathYear', 'name']);
  });

  it('refuses to overwrite someone else’s newer save, keeping the form’s text for the curator', async () => {
    const e = await create();
    await h.ok('curatorLogin', { pin: ADMIN_PIN }, 'other');
    expect(await save(e, { body: '另一位策展人的修改' }, 'other')).toMatchObject({ ok: true });
    expect(await save(e, { body: '我的修改' })).toMatchObject({ ok: false, error: { code: 'EDIT_CONFLICT' } });
  });

  it('publishes, hides and deletes through the logged writers', async () => {
    const e = await create();
    await h.ok('setExhibitStatus', { id: e.id, status: 'published' });
    expect(await h.call('getExhibit', { id: e.id }, 'visitor')).toMatchObject({ ok: true });
    await h.ok('setExhibitHidden', { id: e.id, hidden: true });
    expect(await h.call('getExhibit', { id: e.id }, 'visitor')).toMatchObject({ ok: false });
    await h.ok('deleteExhibit', { id: e.id });
    expect((await history(String(e.id))).map((x) => x.action)).toEqual(['exhibit.delete', 'exhibit.update', 'exhibit.update', 'exhibit.create']);
  });
});

describe('publishing behind the content check', () => {
  it('saves a draft with injected advertising as a draft, names the problem, and publishes once it is waived', async () => {
    const e = await create({ body: lt('他在抗美援朝战争中荣立二等功。澳门皇冠赌场 www.example-bet.com 注册送彩金。') });
    const r = await save(e, { status: 'published' });
    expect(r).toMatchObject({ ok: false, error: { code: 'PUBLISH_BLOCKED', details: { savedAsDraft: true } } });
    const now = await h.ok<ExhibitForEdit>('getExhibitForEdit', { id: e.id });
    expect(now.exhibit.status).toBe('draft');
    expect(await h.call('getExhibit', { id: e.id }, 'visitor')).toMatchObject({ ok: false });
    // Nothing in the log claims it was ever published.
    expect((await history(String(e.id))).map((x) => x.action)).toEqual(['exhibit.create']);
    const findings = (r.ok ? [] : (r.error.details!.findings as { key: string; rule: string }[])).filter((f) => f.rule !== 'missing-translation');
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['contains-url']));
    for (const f of findings) await h.ok('waiveFinding', { key: f.key, reason: '测试：内容经馆长核实', exhibitId: e.id });
    expect(await h.call('setExhibitStatus', { id: e.id, status: 'published' })).toMatchObject({ ok: true });
    expect(await h.call('getExhibit', { id: e.id }, 'visitor')).toMatchObject({ ok: true });
  });

  it('refuses to put a problem on an exhibit visitors already see, saving nothing', async () => {
    const e = await create({ status: 'published' });
    const r = await save(e, { body: lt('详情请访问 http://spam.example 领取奖品') });
    expect(r).toMatchObject({ ok: false, error: { code: 'PUBLISH_BLOCKED', details: { savedAsDraft: false } } });
    expect((await h.ok<ExhibitForEdit>('getExhibitForEdit', { id: e.id })).exhibit.body.zh).toBe('');
  });
});

describe('reverting from the history', () => {
  it('undoes a name edit as a new logged change, and the undo can be undone', async () => {
    const e = await create();
    const edited = await save(e, { name: lt('王大川', 'Wang Dachuan', 'ᠸᠠᠩ') });
    expect(edited.ok).toBe(true);
    const [edit] = await history(String(e.id));
    expect(edit).toMatchObject({ action: 'exhibit.update', fields: ['name'], revertible: true });
    const { revertId } = await h.ok<{ revertId: number }>('revertChange', { id: edit!.id });
    expect((await h.ok<ExhibitForEdit>('getExhibitForEdit', { id: e.id })).exhibit.name).toEqual({ zh: '王大山', en: 'Wang Dashan', mn: 'ᠸᠠᠩ' });
    const after = await history(String(e.id));
    expect(after[0]).toMatchObject({ id: revertId, action: 'exhibit.update', reverts: edit!.id, actor: expect.stringContaining('小林') });
    expect(after.find((x) => x.id === edit!.id)).toMatchObject({ revertible: false });
    expect(await h.call('revertChange', { id: edit!.id })).toMatchObject({ ok: false, error: { code: 'ALREADY_REVERTED' } });
    await h.ok('revertChange', { id: revertId });
    expect((await h.ok<ExhibitForEdit>('getExhibitForEdit', { id: e.id })).exhibit.name.zh).toBe('王大川');
    // Nothing was erased: every step is in the log.
    expect((await history(String(e.id))).map((x) => x.action)).toEqual(['exhibit.update', 'exhibit.update', 'exhibit.update', 'exhibit.create']);
  });

  it('brings a deleted exhibit back under its old id with translations, tags, photo order and cover', async () => {
    const e = await create({ status: 'published' });
    const { auditId } = await h.ok<{ auditId: number }>('deleteExhibit', { id: e.id });
    expect(await h.call('getExhibitForEdit', { id: e.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await h.ok('revertChange', { id: auditId });
    const back = await h.ok<ExhibitForEdit>('getExhibitForEdit', { id: e.id });
    expect(back.exhibit).toEqual(e.exhibit);
    expect(back.photos.map((p) => p.sha256)).toEqual(photos);
    expect(await h.call('getExhibit', { id: e.id }, 'visitor')).toMatchObject({ ok: true });
  });

  it('restores a photo order changed by drag', async () => {
    const e = await create();
    const reordered = [photos[2]!, photos[0]!, photos[1]!];
    await save(e, { media: reordered.map((sha256) => ({ sha256 })) });
    const [edit] = await history(String(e.id));
    expect(edit!.fields).toEqual(['media']);
    await h.ok('revertChange', { id: edit!.id });
    expect((await h.ok<ExhibitForEdit>('getExhibitForEdit', { id: e.id })).photos.map((p) => p.sha256)).toEqual(photos);
  });

  it('asks before undoing a change that later changes built on', async () => {
    const e = await create();
    const first = await save(e, { body: '第一次' });
    const second = await save(first.ok ? (first.value as ExhibitForEdit) : e, { body: '第二次' });
    expect(second.ok).toBe(true);
    const [, firstEdit] = await history(String(e.id));
    expect(await h.call('revertChange', { id: firstEdit!.id })).toMatchObject({ ok: false, error: { code: 'REVERT_CONFLICT', details: { later: 1 } } });
    await h.ok('revertChange', { id: firstEdit!.id, undoLaterChanges: true });
    expect((await h.ok<ExhibitForEdit>('getExhibitForEdit', { id: e.id })).exhibit.body.zh).toBe('');
  });

  it('undoes photo words, exhibit order, collection edits and settings', async () => {
    const e = await create();
    const words = (await h.ok<{ entries: { id: number }[] }>('listChanges', { entity: 'media', entityId: photos[0] })).entries[0]!;
    await h.ok('revertChange', { id: words.id });
    expect((await h.ok<{ alt: unknown; credit: string }>('getMedia', { sha256: photos[0] })).credit).toBe('');

    const other = await h.ok<ExhibitForEdit>('saveExhibit', { id: null, baseUpdatedAt: null, exhibit: { collection: 'heroes', name: '李四' }, photos: [] });
    await h.ok('reorderExhibits', { collection: 'heroes', ids: [other.id, e.id] });
    const order = async () => (await h.ok<{ items: { id: number }[] }>('listCuratorExhibits', { collection: 'heroes' })).items.map((i) => i.id);
    expect(await order()).toEqual([other.id, e.id]);
    const reorder = (await h.ok<{ entries: { id: number }[] }>('listChanges', { entity: 'exhibit-order' })).entries[0]!;
    await h.ok('revertChange', { id: reorder.id });
    expect(await order()).toEqual([e.id, other.id]);

    const c = (await h.ok<{ collections: { slug: string; updatedAt: string; title: object; description: object; layout: string; hidden: boolean; cover: null; needsReview: string[] }[] }>('listCuratorCollections', {})).collections[0]!;
    await h.ok('saveCollection', { originalSlug: 'heroes', baseUpdatedAt: c.updatedAt, collection: { ...c, title: { zh: '英雄', en: 'Heroes' } } });
    const edit = (await h.ok<{ entries: { id: number }[] }>('listChanges', { entity: 'collection' })).entries[0]!;
    await h.ok('revertChange', { id: edit.id });
    expect((await h.ok<{ collections: { title: object }[] }>('listCuratorCollections', {})).collections[0]!.title).toEqual({ zh: '英模肖像', en: 'Portraits of heroes' });

    await h.ok('curatorLogin', { pin: ADMIN_PIN }, 'admin');
    const s = await h.ok<{ kiosk: { idleSeconds: number } }>('getWorkspaceSettings', {}, 'admin');
    await h.ok('saveWorkspaceSettings', { ...s, kiosk: { ...s.kiosk, idleSeconds: 300 } }, 'admin');
    const set = (await h.ok<{ entries: { id: number }[] }>('listChanges', { entity: 'settings' }, 'admin')).entries[0]!;
    await h.ok('revertChange', { id: set.id }, 'admin');
    expect((await h.ok<{ settings: { idleSeconds: number } }>('getKioskInfo', {})).settings.idleSeconds).toBe(s.kiosk.idleSeconds);
  });

  it('takes an unused photo back out, and refuses while an exhibit still shows it', async () => {
    const e = await create();
    const added = (await h.ok<{ entries: { id: number; action: string }[] }>('listChanges', { entity: 'media', entityId: photos[2] })).entries.find((x) => x.action === 'media.add')!;
    expect(await h.call('revertChange', { id: added.id, undoLaterChanges: true })).toMatchObject({ ok: false, error: { code: 'MEDIA_IN_USE' } });
    await save(e, { media: photos.slice(0, 2).map((sha256) => ({ sha256 })) });
    const removed = await h.ok<{ revertId: number }>('revertChange', { id: added.id, undoLaterChanges: true });
    expect(await h.call('getMedia', { sha256: photos[2] })).toMatchObject({ ok: false });
    await h.ok('revertChange', { id: removed.revertId });
    expect(await h.call('getMedia', { sha256: photos[2] })).toMatchObject({ ok: true });
  });

  it('explains why sign-ins and account changes are not undone here', async () => {
    const { entries } = await h.ok<{ entries: { action: string; revertible: boolean; notRevertibleBecause: string | null; id: number }[] }>('listChanges', { entity: 'curator', includeSessions: true });
    const signIn = entries.find((x) => x.action === 'curator.sign-in')!;
    expect(signIn).toMatchObject({ revertible: false, notRevertibleBecause: expect.stringContaining('Curators page') });
    expect(await h.call('revertChange', { id: signIn.id })).toMatchObject({ ok: false, error: { code: 'NOT_REVERTIBLE' } });
  });
});
