// The one contract, three doors: the preload's bridge, the IPC handlers and the serve shell's HTTP routes
// must expose exactly the contract's method list, no more and no less.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openArchive, type Archive } from '../../../archive/archive';
import { methodNames } from '../../../archive/api/contract';
import { createDispatcher } from '../../../archive/api/dispatch';
import { createHandlers } from '../../../archive/api/handlers';
import { channelFor } from '../../../main/electron/channels';
import { registerIpc } from '../../../main/electron/ipc';
import { createServeShell } from '../../../main/serve/server';
import { makeTempDir } from '../../support/temp-dir';

const exposed = vi.hoisted(() => ({ name: '', api: null as unknown, invoke: [] as [string, unknown][] }));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => {
      exposed.name = name;
      exposed.api = api;
    },
  },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      exposed.invoke.push([channel, input]);
      return { ok: true, value: null };
    },
  },
}));

const root = path.resolve(import.meta.dirname, '../../..');
const sorted = (xs: Iterable<string>) => [...xs].sort();

describe('the preload bridge', () => {
  it('exposes one function per contract method as window.archiveApi, and nothing else', async () => {
    await import('../../../main/electron/preload');
    expect(exposed.name).toBe('archiveApi');
    const api = exposed.api as Record<string, unknown>;
    expect(sorted(Reflect.ownKeys(api) as string[])).toEqual(sorted(methodNames));
    expect(Object.getPrototypeOf(api)).toBeNull();
    expect(Object.isFrozen(api)).toBe(true);
    for (const name of methodNames) {
      expect(typeof api[name], name).toBe('function');
      await (api[name] as (i: unknown) => Promise<unknown>)({ probe: name });
    }
    expect(exposed.invoke).toEqual(methodNames.map((name) => [channelFor(name), { probe: name }]));
  });

  it('is built as one sandbox-loadable CommonJS file that requires only electron and exposes the same list', () => {
    const bundle = path.join(root, 'out/preload/index.cjs');
    expect(fs.existsSync(bundle), 'out/preload/index.cjs is missing: run "npm run build" first').toBe(true);
    let api: Record<string, unknown> | null = null;
    const required: string[] = [];
    const fakeElectron = { contextBridge: { exposeInMainWorld: (_n: string, a: Record<string, unknown>) => (api = a) }, ipcRenderer: { invoke: async () => ({ ok: true, value: null }) } };
    const sandboxRequire = (id: string) => {
      required.push(id);
      if (id === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require "${id}"`);
    };
    const module = { exports: {} };
    vm.runInNewContext(fs.readFileSync(bundle, 'utf8'), { require: sandboxRequire, module, exports: module.exports, console }, { filename: bundle });
    expect(sorted(new Set(required))).toEqual(['electron']);
    expect(api, 'the built preload did not expose archiveApi').not.toBeNull();
    expect(sorted(Object.keys(api!))).toEqual(sorted(methodNames));
  });
});

describe('the IPC handlers', () => {
  it('register exactly one channel per contract method, each answering for its own method', async () => {
    const handlers = new Map<string, (e: unknown, i: unknown) => Promise<unknown>>();
    const calls: string[] = [];
    const channels = registerIpc(
      {
        handle: (channel, listener) => {
          expect(handlers.has(channel), `${channel} registered twice`).toBe(false);
          handlers.set(channel, listener as never);
        },
      },
      async (method) => {
        calls.push(method);
        return { ok: true, value: method };
      },
    );
    expect(sorted(channels)).toEqual(sorted(methodNames.map(channelFor)));
    expect(sorted(handlers.keys())).toEqual(sorted(channels));
    for (const name of methodNames) {
      const r = await handlers.get(channelFor(name))!({ senderFrame: { url: 'app://kiosk/', parent: null }, sender: { id: 1 } }, {});
      expect(r).toEqual({ ok: true, value: name });
    }
    expect(calls).toEqual([...methodNames]);
  });
});

describe('the serve shell HTTP routes', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let archive: Archive;
  let server: ReturnType<typeof createServeShell>;
  let base = '';

  beforeAll(async () => {
    tmp = makeTempDir('hak-routes-');
    archive = openArchive(path.join(tmp.dir, 'a'), { create: true });
    const dispatch = createDispatcher(createHandlers({ archive }), undefined, () => {});
    server = createServeShell({ archive, dispatch, uiDir: path.join(tmp.dir, 'ui'), host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    archive.close();
    tmp.cleanup();
  });

  const post = (method: string) => fetch(`${base}/api/${encodeURIComponent(method)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

  it('answer every contract method (whatever the answer, it is never "no such method")', async () => {
    for (const name of methodNames) {
      const res = await post(name);
      const body = (await res.json()) as { ok: boolean; error?: { code: string } };
      expect(res.status, name).not.toBe(404);
      expect(body.error?.code, name).not.toBe('UNKNOWN_METHOD');
    }
  });

  it('answer nothing else', async () => {
    for (const name of ['nope', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'getExhibits', 'Search', 'search2']) {
      const res = await post(name);
      expect(res.status, name).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code, name).toBe('UNKNOWN_METHOD');
    }
  });
});
