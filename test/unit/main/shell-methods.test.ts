import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openArchive, type Archive } from '../../../archive/archive';
import { createDispatcher, denyAllGate, type AccessGate } from '../../../archive/api/dispatch';
import { createHandlers } from '../../../archive/api/handlers';
import type { ShellControl } from '../../../archive/api/shell-control';
import { makeTempDir } from '../../support/temp-dir';

const curatorGate: AccessGate = { admit: (_m, _a, c) => ({ ...c, curator: { id: 2, name: '王馆员', role: 'curator' } }), audienceFor: () => 'visitor' };
const caller = { sessionKey: 'ipc:1', audience: 'visitor' as const };

let tmp: ReturnType<typeof makeTempDir>;
let archive: Archive;
beforeAll(() => {
  tmp = makeTempDir('hak-shell-');
  archive = openArchive(path.join(tmp.dir, 'a'), { create: true });
});
afterAll(() => {
  archive.close();
  tmp.cleanup();
});

describe('shellInfo / shellAction through the contract', () => {
  it('in the browser shell: offers the workspace, explains why restart and exit are not possible', async () => {
    const dispatch = createDispatcher(createHandlers({ archive }), curatorGate);
    const info = await dispatch('shellInfo', {}, caller);
    expect(info).toMatchObject({ ok: true, value: { shell: 'browser' } });
    const open = await dispatch('shellAction', { action: 'open-curator' }, caller);
    expect(open).toMatchObject({ ok: true, value: { action: 'open-curator', navigate: '/curator' } });
    const restart = await dispatch('shellAction', { action: 'restart' }, caller);
    expect(restart).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    if (!restart.ok) expect(restart.error.message).toMatch(/浏览器.*browser/);
  });

  it('hands actions to the injected shell only for a signed-in curator', async () => {
    const perform = vi.fn<ShellControl['perform']>((action) => ({ action, navigate: null, message: { zh: '好', en: 'OK' } }));
    const shell: ShellControl = {
      info: () => ({ shell: 'electron', version: '1.0.0', actions: (['open-curator', 'restart', 'exit-kiosk'] as const).map((action) => ({ action, available: true, reason: null })) }),
      perform,
    };
    const locked = createDispatcher(createHandlers({ archive, shell }), denyAllGate);
    expect(await locked('shellAction', { action: 'exit-kiosk' }, caller)).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    expect(perform).not.toHaveBeenCalled();
    expect(await locked('shellInfo', {}, caller)).toMatchObject({ ok: true, value: { shell: 'electron' } });

    const open = createDispatcher(createHandlers({ archive, shell }), curatorGate);
    expect(await open('shellAction', { action: 'restart' }, caller)).toMatchObject({ ok: true, value: { action: 'restart', navigate: null } });
    expect(perform).toHaveBeenCalledWith('restart', expect.objectContaining({ curator: expect.objectContaining({ name: '王馆员' }) }));
    for (const bad of [{ action: 'shutdown' }, { action: 'restart', now: true }, { action: ['restart'] }, {}]) {
      expect(await open('shellAction', bad, caller)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(perform).toHaveBeenCalledTimes(1);
  });
});
