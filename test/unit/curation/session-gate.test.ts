import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../../archive/api/contract';
import { upsertExhibit } from '../../../archive/content/exhibit-write';
import { addCurator } from '../../../archive/curation/curators';
import { ADMIN_PIN, CURATOR_PIN, makeHarness, seedCurators, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = makeHarness();
  await seedCurators(h);
  upsertExhibit(h.archive.db, { uid: 'pub', collection: 'heroes', name: '王大山', status: 'published' }, 'test');
  upsertExhibit(h.archive.db, { uid: 'draft', collection: 'heroes', name: '草稿人', status: 'draft' }, 'test');
});
afterEach(() => h.cleanup());

const MINUTE = 60_000;

describe('sessions', () => {
  it('signs out after the idle time without curator actions, and says why', async () => {
    await h.ok('curatorLogin', { pin: CURATOR_PIN });
    h.clock.advance(9 * MINUTE);
    expect(await h.call('listCuratorCollections', {})).toMatchObject({ ok: true });
    // That call counted as activity: another nine minutes is still fine.
    h.clock.advance(9 * MINUTE);
    expect(await h.call('listCuratorCollections', {})).toMatchObject({ ok: true });
    h.clock.advance(10 * MINUTE);
    expect(await h.call('listCuratorCollections', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    expect(await h.ok('curatorSession', {})).toMatchObject({ signedIn: false, endedBecause: 'idle' });
  });

  it('does not let "who am I" keep a session alive, but a touch does', async () => {
    await h.ok('curatorLogin', { pin: CURATOR_PIN });
    h.clock.advance(6 * MINUTE);
    await h.ok('curatorSession', {});
    h.clock.advance(5 * MINUTE);
    expect(await h.ok('curatorSession', {})).toMatchObject({ signedIn: false });
    await h.ok('curatorLogin', { pin: CURATOR_PIN });
    h.clock.advance(6 * MINUTE);
    await h.ok('curatorSession', { touch: true });
    h.clock.advance(6 * MINUTE);
    expect(await h.ok('curatorSession', {})).toMatchObject({ signedIn: true });
  });

  it('follows the idle time an administrator sets', async () => {
    await h.ok('curatorLogin', { pin: ADMIN_PIN });
    const s = await h.ok<{ kiosk: unknown }>('getWorkspaceSettings', {});
    await h.ok('saveWorkspaceSettings', { ...s, curatorIdleMinutes: 2 });
    h.clock.advance(2 * MINUTE);
    expect(await h.ok('curatorSession', {})).toMatchObject({ signedIn: false, endedBecause: 'idle' });
  });

  it('keeps sessions apart by client key and ends them on sign-out', async () => {
    await h.ok('curatorLogin', { pin: CURATOR_PIN }, 'tablet');
    expect(await h.ok('curatorSession', {}, 'kiosk')).toMatchObject({ signedIn: false, endedBecause: null });
    await h.ok('curatorLogout', {}, 'tablet');
    expect(await h.ok('curatorSession', {}, 'tablet')).toMatchObject({ signedIn: false, endedBecause: 'signed-out' });
    expect(await h.call('listCuratorExhibits', {}, 'tablet')).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
  });
});

describe('access gate', () => {
  it('refuses every curator and admin method of the contract without a session, before reading its input', async () => {
    const guarded = Object.entries(contract).filter(([, d]) => d.access !== 'visitor').map(([m]) => m);
    expect(guarded.length).toBeGreaterThan(30);
    for (const m of guarded) expect(await h.call(m, {}), m).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    // Only sign-in, sign-out and "who am I" of the curator group are open to anyone.
    expect(Object.entries(contract).filter(([m, d]) => d.access === 'visitor' && m.startsWith('curator')).map(([m]) => m).sort()).toEqual(['curatorLogin', 'curatorLogout', 'curatorSession']);
  });

  it('keeps admin methods for administrators', async () => {
    await h.ok('curatorLogin', { pin: CURATOR_PIN });
    expect(await h.call('listCurators', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call('addCurator', { name: '坏人', role: 'admin', pin: '583921' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await h.ok('curatorLogin', { pin: ADMIN_PIN }, 'admin');
    expect(await h.ok<{ curators: unknown[] }>('listCurators', {}, 'admin')).toMatchObject({ curators: expect.arrayContaining([expect.objectContaining({ name: '小林' })]) });
  });

  it('lets a curator with a PIN chosen by someone else do nothing but choose their own', async () => {
    await addCurator(h.archive.db, { name: '新人', role: 'curator', pin: '739215', mustChangePin: true }, 'test');
    expect(await h.ok('curatorLogin', { pin: '739215' })).toMatchObject({ mustChangePin: true });
    expect(await h.call('listCuratorExhibits', {})).toMatchObject({ ok: false, error: { code: 'PIN_CHANGE_REQUIRED' } });
    expect(await h.call('curatorChangePin', { currentPin: '739215', newPin: '123456' })).toMatchObject({ ok: false, error: { code: 'PIN_TOO_SIMPLE' } });
    expect(await h.call('curatorChangePin', { currentPin: '000000', newPin: '804613' })).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
    expect(await h.ok('curatorChangePin', { currentPin: '739215', newPin: '804613' })).toMatchObject({ mustChangePin: false });
    expect(await h.call('listCuratorExhibits', {})).toMatchObject({ ok: true });
    await h.ok('curatorLogout', {});
    expect(await h.call('curatorLogin', { pin: '739215' })).toMatchObject({ ok: false });
    expect(await h.ok('curatorLogin', { pin: '804613' })).toMatchObject({ signedIn: true });
  });

  it('shows drafts on the visitor screens only while the session previews', async () => {
    const total = async (key: string) => ((await h.ok<{ total: number }>('listExhibits', { collection: 'heroes' }, key)).total);
    expect(await total('client-a')).toBe(1);
    await h.ok('curatorLogin', { pin: CURATOR_PIN });
    expect(await total('client-a')).toBe(1);
    expect(await h.ok('getKioskInfo', {})).toMatchObject({ preview: false });
    await h.ok('curatorSetPreview', { preview: true });
    expect(await total('client-a')).toBe(2);
    expect(await total('someone-else')).toBe(1);
    expect(await h.ok('getKioskInfo', {})).toMatchObject({ preview: true });
    expect(await h.ok('getKioskInfo', {}, 'someone-else')).toMatchObject({ preview: false });
    // Visitor calls never extend the session: an unattended preview ends by itself.
    for (let i = 0; i < 12; i++) {
      h.clock.advance(MINUTE);
      await total('client-a');
    }
    expect(await total('client-a')).toBe(1);
    expect(await h.ok('getKioskInfo', {})).toMatchObject({ preview: false });
  });

  it('signs a curator out everywhere when an administrator disables them', async () => {
    await h.ok('curatorLogin', { pin: CURATOR_PIN }, 'tablet');
    await h.ok('curatorLogin', { pin: ADMIN_PIN }, 'admin');
    const list = await h.ok<{ curators: { id: number; name: string }[] }>('listCurators', {}, 'admin');
    const lin = list.curators.find((c) => c.name === '小林')!;
    await h.ok('updateCurator', { id: lin.id, disabled: true }, 'admin');
    expect(await h.ok('curatorSession', {}, 'tablet')).toMatchObject({ signedIn: false, endedBecause: 'account-changed' });
  });

  it('never lets the last administrator lock everyone out', async () => {
    await h.ok('curatorLogin', { pin: ADMIN_PIN }, 'admin');
    const me = (await h.ok<{ curators: { id: number; name: string }[] }>('listCurators', {}, 'admin')).curators.find((c) => c.name === '馆长')!;
    expect(await h.call('updateCurator', { id: me.id, role: 'curator' }, 'admin')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const { updateCurator } = await import('../../../archive/curation/curators');
    expect(() => updateCurator(h.archive.db, me.id, { disabled: true }, 'test')).toThrow(/only administrator/);
  });
});
