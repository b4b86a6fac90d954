import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../archive/api/dispatch';
import { ipcCall, sessionKeyForWebContents, type InvokeEvent } from '../../../main/electron/policy/ipc-call';
import { isPlainData } from '../../../main/electron/policy/plain-data';

const ours = (id = 3): InvokeEvent => ({ senderFrame: { url: 'app://kiosk/gallery/heroes', parent: null }, sender: { id } });

function recording() {
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: { fine: true } }));
  return { dispatch, call: ipcCall('getExhibit', dispatch) };
}

describe('IPC handler', () => {
  it('passes our main frame through with a stable per-window session key', async () => {
    const { dispatch, call } = recording();
    expect(await call(ours(3), { id: 1 })).toEqual({ ok: true, value: { fine: true } });
    await call(ours(3), { id: 2 });
    await call(ours(4), { id: 2 });
    expect(dispatch.mock.calls.map((c) => c[2].sessionKey)).toEqual([sessionKeyForWebContents(3), sessionKeyForWebContents(3), sessionKeyForWebContents(4)]);
    expect(dispatch.mock.calls.every((c) => c[0] === 'getExhibit' && c[2].audience === 'visitor')).toBe(true);
  });

  it('refuses other origins, subframes and destroyed frames without reaching the archive', async () => {
    const { dispatch, call } = recording();
    const bad: InvokeEvent[] = [
      { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: 1 } },
      { senderFrame: { url: 'app://kiosk/', parent: { url: 'app://kiosk/' } }, sender: { id: 1 } },
      { senderFrame: { url: 'app://kiosk.evil/', parent: null }, sender: { id: 1 } },
      { senderFrame: { url: 'file:///tmp/x.html', parent: null }, sender: { id: 1 } },
      { senderFrame: null, sender: { id: 1 } },
    ];
    for (const event of bad) expect(await call(event, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses structured-clone values JSON could not carry', async () => {
    const { dispatch, call } = recording();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const input of [new Map([['id', 1]]), new Date(), new Uint8Array(4), { id: 10n }, { id: Number.NaN }, { when: new Date() }, cyclic, /x/, new Error('x'), { deep: JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`) }]) {
      expect(await call(ours(), input), String(input)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a dispatcher that throws into an envelope', async () => {
    const call = ipcCall('search', async () => {
      throw new Error('boom');
    });
    expect(await call(ours(), {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('plain data', () => {
  it('accepts what JSON carries, including shared (non-cyclic) references and null-prototype objects', () => {
    const shared = { a: 1 };
    expect(isPlainData({ x: [1, 'a', true, null, { y: shared, z: shared }], w: Object.assign(Object.create(null), { k: 1 }) })).toBe(true);
    expect(isPlainData({ long: 'x'.repeat(100_000) })).toBe(true);
  });

  it('refuses class instances, functions, symbols, undefined fields and too much', () => {
    class Thing {
      a = 1;
    }
    for (const v of [new Thing(), () => 1, Symbol('s'), { u: undefined }, new Set([1]), Array.from({ length: 300_000 }, () => 0)]) expect(isPlainData(v)).toBe(false);
  });
});
