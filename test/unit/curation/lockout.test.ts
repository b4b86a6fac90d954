import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCuration } from '../../../archive/curation/curation';
import { FIRST_DELAY_MS, FREE_ATTEMPTS, MAX_DELAY_MS, afterFailure, delayAfter, FRESH } from '../../../archive/curation/lockout';
import { signIn } from '../../../archive/curation/sign-in';
import { ADMIN_PIN, CURATOR_PIN, makeHarness, seedCurators, type Harness } from './harness';

describe('lockout delays (pure)', () => {
  it('lets the first few wrong PINs through, then doubles the wait up to a ceiling', () => {
    expect([1, 2, 3].map(delayAfter)).toEqual([0, 0, 0]);
    expect(delayAfter(FREE_ATTEMPTS + 1)).toBe(FIRST_DELAY_MS);
    expect(delayAfter(FREE_ATTEMPTS + 2)).toBe(2 * FIRST_DELAY_MS);
    expect(delayAfter(FREE_ATTEMPTS + 3)).toBe(4 * FIRST_DELAY_MS);
    expect(delayAfter(1000)).toBe(MAX_DELAY_MS);
    expect(delayAfter(Number.MAX_SAFE_INTEGER)).toBe(MAX_DELAY_MS);
  });

  it('forgets old failures after a quiet day', () => {
    let s = FRESH;
    for (let i = 0; i < 6; i++) s = afterFailure(s, 1000 + i);
    expect(s.failures).toBe(6);
    expect(afterFailure(s, 1000 + 25 * 3600_000).failures).toBe(1);
  });
});

describe('sign-in with a fake clock', () => {
  let h: Harness;
  beforeEach(async () => {
    h = makeHarness();
    await seedCurators(h);
  });
  afterEach(() => h.cleanup());

  const wrong = () => h.call('curatorLogin', { pin: '111999' });

  it('signs in by PIN alone, or by name and PIN, and says who is signed in', async () => {
    const s = await h.ok<{ signedIn: boolean; curator: { name: string; role: string } }>('curatorLogin', { pin: CURATOR_PIN });
    expect(s).toMatchObject({ signedIn: true, curator: { name: '小林', role: 'curator' }, preview: false, mustChangePin: false });
    const t = await h.ok('curatorLogin', { name: ' 馆长 ', pin: ADMIN_PIN }, 'client-b');
    expect(t).toMatchObject({ curator: { name: '馆长', role: 'admin' } });
    // The right PIN with someone else's name is wrong.
    expect(await h.call('curatorLogin', { name: '馆长', pin: CURATOR_PIN }, 'client-c')).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
  });

  it('closes sign-in for a growing time after repeated wrong PINs, and refuses even the right PIN meanwhile', async () => {
    for (let i = 1; i <= FREE_ATTEMPTS; i++) {
      const r = await wrong();
      expect(r).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', details: { retryAfterSeconds: 0 } } });
    }
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', details: { retryAfterSeconds: 30 } } });
    const locked = await h.call('curatorLogin', { pin: CURATOR_PIN });
    expect(locked).toMatchObject({ ok: false, error: { code: 'SIGN_IN_LOCKED', details: { retryAfterSeconds: 30 } } });
    h.clock.advance(29_000);
    expect(await h.call('curatorLogin', { pin: CURATOR_PIN })).toMatchObject({ ok: false, error: { code: 'SIGN_IN_LOCKED', details: { retryAfterSeconds: 1 } } });
    h.clock.advance(1_000);
    expect(await wrong()).toMatchObject({ ok: false, error: { code: 'WRONG_PIN', details: { retryAfterSeconds: 60 } } });
    h.clock.advance(60_000);
    expect(await wrong()).toMatchObject({ ok: false, error: { details: { retryAfterSeconds: 120 } } });
    h.clock.advance(120_000);
    expect(await h.ok('curatorLogin', { pin: CURATOR_PIN })).toMatchObject({ signedIn: true });
    // Success starts the count again.
    expect(await wrong()).toMatchObject({ error: { code: 'WRONG_PIN', details: { retryAfterSeconds: 0 } } });
  });

  it('keeps the lock across a restart (the counter is in the archive, not in memory)', async () => {
    for (let i = 0; i <= FREE_ATTEMPTS; i++) await wrong();
    const restarted = createCuration(h.archive, { now: () => h.clock.now });
    await expect(signIn(restarted, 'k', { pin: CURATOR_PIN })).rejects.toMatchObject({ code: 'SIGN_IN_LOCKED' });
  });

  it('does not let parallel guesses slip past the delay', async () => {
    const results = await Promise.all(Array.from({ length: FREE_ATTEMPTS + 4 }, () => wrong()));
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.filter((c) => c === 'WRONG_PIN')).toHaveLength(FREE_ATTEMPTS + 1);
    expect(codes.filter((c) => c === 'SIGN_IN_LOCKED')).toHaveLength(3);
  });

  it('counts unknown names like wrong PINs and logs every attempt without the PIN', async () => {
    expect(await h.call('curatorLogin', { name: '没有这个人', pin: CURATOR_PIN })).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
    const log = h.archive.db.prepare(`SELECT actor, action, after_json FROM audit_log WHERE action LIKE 'curator.sign-in%'`).all() as { after_json: string }[];
    expect(log).toEqual([expect.objectContaining({ actor: 'sign-in', action: 'curator.sign-in-failed' })]);
    expect(JSON.stringify(log)).not.toContain(CURATOR_PIN);
  });

  it('refuses disabled curators', async () => {
    h.archive.db.prepare(`UPDATE curators SET disabled = 1 WHERE name = '小林'`).run();
    expect(await h.call('curatorLogin', { pin: CURATOR_PIN })).toMatchObject({ ok: false, error: { code: 'WRONG_PIN' } });
  });

  it('asks for a name when two curators share a PIN', async () => {
    const { addCurator } = await import('../../../archive/curation/curators');
    await addCurator(h.archive.db, { name: '小王', role: 'curator', pin: CURATOR_PIN, mustChangePin: false }, 'test');
    expect(await h.call('curatorLogin', { pin: CURATOR_PIN })).toMatchObject({ ok: false, error: { code: 'NAME_NEEDED' } });
    expect(await h.ok('curatorLogin', { name: '小王', pin: CURATOR_PIN })).toMatchObject({ curator: { name: '小王' } });
  });
});
