// A stand-in for the parts of Electron main.ts touches, recording what the shell does with them. It cannot
// prove Electron behaves as documented; it proves the glue calls the right things, in the right order.
import { EventEmitter } from 'node:events';

export interface Recorder {
  calls: string[];
  switches: [string, string?][];
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolHandlers: Map<string, (req: Request) => Response | Promise<Response>>;
  ipc: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  windows: FakeWindow[];
  app: EventEmitter & Record<string, unknown>;
  session: Record<string, unknown>;
  permissionHandler: ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null;
  requestFilter: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null;
  readyResolve: () => void;
}

export class FakeContents extends EventEmitter {
  url = '';
  windowOpenHandler: ((d: { url: string }) => unknown) | null = null;
  navigationHistory = { clear: () => undefined };
  constructor(readonly id: number) {
    super();
  }
  setWindowOpenHandler(h: (d: { url: string }) => unknown) {
    this.windowOpenHandler = h;
  }
  async loadURL(url: string) {
    this.url = url;
  }
  getURL() {
    return this.url;
  }
  setZoomLevel() {}
  async setVisualZoomLevelLimits() {}
  async insertCSS() {
    return 'css-key';
  }
  async removeInsertedCSS() {}
  getOSProcessId() {
    return 4242;
  }
  forcefullyCrashRenderer() {}
}

export class FakeWindow extends EventEmitter {
  static nextId = 1;
  readonly webContents: FakeContents;
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.webContents = new FakeContents(FakeWindow.nextId++);
  }
  async loadURL(url: string) {
    this.webContents.url = url;
  }
  isDestroyed() {
    return false;
  }
  isKiosk() {
    return this.options.kiosk === true;
  }
  isMinimized() {
    return false;
  }
  show() {}
  restore() {}
  focus() {}
}

export function createFakeElectron(rec: Recorder, userData: string) {
  const app = rec.app;
  let ready = false;
  const whenReady = new Promise<void>((resolve) => {
    rec.readyResolve = () => {
      ready = true;
      rec.calls.push('ready');
      resolve();
    };
  });
  const beforeReadyOnly = (name: string) => {
    if (ready) throw new Error(`${name} must be called before ready`);
    rec.calls.push(name);
  };
  Object.assign(app, {
    setPath: (name: string) => beforeReadyOnly(`setPath:${name}`),
    getPath: () => userData,
    commandLine: { appendSwitch: (k: string, v?: string) => rec.switches.push(v === undefined ? [k] : [k, v]) },
    enableSandbox: () => beforeReadyOnly('enableSandbox'),
    whenReady: () => whenReady,
    requestSingleInstanceLock: () => true,
    getVersion: () => '0.1.0',
    isPackaged: false,
    relaunch: () => rec.calls.push('relaunch'),
    exit: (code: number) => rec.calls.push(`exit:${code}`),
    quit: () => rec.calls.push('quit'),
    getAppMetrics: () => [],
  });
  const session = {
    protocol: {
      handle: (scheme: string, handler: (req: Request) => Response) => {
        if (!ready) throw new Error('protocol.handle before ready');
        rec.protocolHandlers.set(scheme, handler);
      },
    },
    setPermissionRequestHandler: (h: Recorder['permissionHandler']) => (rec.permissionHandler = h),
    setPermissionCheckHandler: () => rec.calls.push('permission-check-handler'),
    setDevicePermissionHandler: () => rec.calls.push('device-permission-handler'),
    setDisplayMediaRequestHandler: () => rec.calls.push('display-media-handler'),
    on: () => undefined,
    webRequest: { onBeforeRequest: (h: Recorder['requestFilter']) => (rec.requestFilter = h) },
  };
  rec.session = session;
  return {
    app,
    BrowserWindow: class extends FakeWindow {
      constructor(options: Record<string, unknown>) {
        super(options);
        rec.windows.push(this);
        app.emit('web-contents-created', {}, this.webContents);
      }
    },
    ipcMain: {
      handle: (channel: string, listener: (e: unknown, i: unknown) => Promise<unknown>) => {
        if (rec.ipc.has(channel)) throw new Error(`second handler for ${channel}`);
        rec.ipc.set(channel, listener);
      },
    },
    Menu: { setApplicationMenu: (m: unknown) => rec.calls.push(`menu:${m === null ? 'none' : 'set'}`) },
    protocol: { registerSchemesAsPrivileged: (s: Recorder['schemes']) => (beforeReadyOnly('registerSchemesAsPrivileged'), rec.schemes.push(...s)) },
    screen: {
      getAllDisplays: () => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getCursorScreenPoint: () => ({ x: 0, y: 0 }),
    },
    session: { defaultSession: session },
    powerSaveBlocker: { start: () => (rec.calls.push('power-save-start'), 1), stop: () => rec.calls.push('power-save-stop') },
    powerMonitor: { getSystemIdleTime: () => 0 },
  };
}
