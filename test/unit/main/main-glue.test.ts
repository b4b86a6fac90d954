// Runs main/electron/main.ts against a recording stand-in for Electron (the binary cannot run here): the
// schemes, switches and sandbox are set before ready, protocols and one IPC handler per method after it,
// the window gets the checked options and loads app://kiosk/, and every webContents is locked down.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../archive/api/contract';
import { channelFor } from '../../../main/electron/channels';
import { makeTempDir } from '../../support/temp-dir';
import { createFakeElectron, type FakeContents, type Recorder } from './support/fake-electron';
import { archiveWithOnePhoto } from './support/media-archive';

const rec = vi.hoisted(
  () =>
    ({
      calls: [],
      switches: [],
      schemes: [],
      protocolHandlers: new Map(),
      ipc: new Map(),
      windows: [],
      app: null,
      session: {},
      permissionHandler: null,
      requestFilter: null,
      readyResolve: () => undefined,
    }) as unknown as Recorder,
);
const state = vi.hoisted(() => ({ home: '' }));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  rec.app = new Emitter() as Recorder['app'];
  return createFakeElectron(rec, state.home);
});

let tmp: ReturnType<typeof makeTempDir>;
let sha = '';

beforeAll(async () => {
  tmp = makeTempDir('hak-main-glue-');
  state.home = path.join(tmp.dir, 'home');
  process.env.HONOR_ARCHIVE_HOME = state.home;
  const made = await archiveWithOnePhoto(path.join(state.home, 'archive'));
  sha = made.sha256;
  made.archive.close();
  await import('../../../main/electron/main');
  expect(rec.calls).not.toContain('ready');
  rec.readyResolve();
  await vi.waitFor(() => expect(rec.windows[0]?.webContents.url).toBe('app://kiosk/'), { timeout: 10_000 });
});

afterAll(() => {
  rec.app.emit('before-quit');
  delete process.env.HONOR_ARCHIVE_HOME;
  tmp.cleanup();
});

describe('Electron main process wiring', () => {
  it('registers privileged schemes, switches and the sandbox before ready', () => {
    const ready = rec.calls.indexOf('ready');
    for (const step of ['setPath:userData', 'enableSandbox', 'registerSchemesAsPrivileged']) {
      expect(rec.calls.indexOf(step), step).toBeGreaterThanOrEqual(0);
      expect(rec.calls.indexOf(step), step).toBeLessThan(ready);
    }
    expect(rec.schemes.map((s) => s.scheme).sort()).toEqual(['app', 'media']);
    for (const s of rec.schemes) expect(s.privileges).toMatchObject({ standard: true, secure: true });
    expect(rec.switches).toContainEqual(['disable-pinch']);
    expect(rec.calls).toContain('menu:none');
  });

  it('answers app:// and media:// through protocol.handle with the policies', async () => {
    const app = rec.protocolHandlers.get('app')!;
    const recovery = await app(new Request('app://kiosk/__shell/recovery'));
    expect(recovery.status).toBe(200);
    expect(recovery.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await recovery.text()).toContain('展台稍作休息');
    expect((await app(new Request('app://evil/'))).status).toBe(400);

    const media = rec.protocolHandlers.get('media')!;
    const thumb = await media(new Request(`media://m/${sha}/thumb`));
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('cache-control')).toContain('immutable');
    expect((await thumb.arrayBuffer()).byteLength).toBe(Number(thumb.headers.get('content-length')));
    const part = await media(new Request(`media://m/${sha}/original`, { headers: { range: 'bytes=0-99' } }));
    expect(part.status).toBe(206);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
    expect((await media(new Request(`media://m/${sha}/../../archive.db`))).status).toBe(404);
  });

  it('registers one IPC handler per contract method that checks its sender', async () => {
    expect([...rec.ipc.keys()].sort()).toEqual(methodNames.map(channelFor).sort());
    const getKioskInfo = rec.ipc.get(channelFor('getKioskInfo'))!;
    const sender = { id: rec.windows[0]!.webContents.id };
    expect(await getKioskInfo({ senderFrame: { url: 'app://kiosk/', parent: null }, sender }, {})).toMatchObject({ ok: true });
    expect(await getKioskInfo({ senderFrame: { url: 'https://evil/', parent: null }, sender }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await rec.ipc.get(channelFor('shellInfo'))!({ senderFrame: { url: 'app://kiosk/', parent: null }, sender }, {})).toMatchObject({ ok: true, value: { shell: 'electron' } });
  });

  it('creates the kiosk window with the checked options and locks its contents down', () => {
    const win = rec.windows[0]!;
    expect(win.options).toMatchObject({ kiosk: true, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
    const contents = win.webContents as FakeContents;
    expect(contents.windowOpenHandler?.({ url: 'https://evil/' })).toEqual({ action: 'deny' });
    const nav = Object.assign(new EventEmitter(), { url: 'https://evil/', isMainFrame: true, preventDefault: vi.fn() });
    contents.emit('will-navigate', nav);
    expect(nav.preventDefault).toHaveBeenCalled();
    const ok = { url: 'app://kiosk/curator', isMainFrame: true, preventDefault: vi.fn() };
    contents.emit('will-navigate', ok);
    expect(ok.preventDefault).not.toHaveBeenCalled();
    const key = { preventDefault: vi.fn() };
    contents.emit('before-input-event', key, { type: 'keyDown', key: 'F5' });
    expect(key.preventDefault).toHaveBeenCalled();
    const close = { preventDefault: vi.fn() };
    win.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
  });

  it('denies permissions and network requests for the session', () => {
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal']) rec.permissionHandler!({}, p, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false]);
    const cancel: boolean[] = [];
    for (const url of ['https://example.com/', 'app://kiosk/index.html']) rec.requestFilter!({ url }, (r) => cancel.push(r.cancel));
    expect(cancel).toEqual([true, false]);
  });

  it('reloads after a renderer crash and logs it', async () => {
    const contents = rec.windows[0]!.webContents;
    contents.url = 'about:blank';
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    await vi.waitFor(() => expect(contents.url).toBe('app://kiosk/'), { timeout: 5000 });
    const fs = await import('node:fs');
    const log = fs.readFileSync(path.join(state.home, 'logs', 'incidents.log'), 'utf8');
    expect(log).toMatch(/"kind":"render-process-gone".*"reason":"crashed".*"action":"reload"/);
  });
});
