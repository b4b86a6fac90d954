// The one place the window's security settings are decided, so a test can hold every flag of Electron's
// checklist in place. Typed structurally (no Electron import) to stay testable without the binary.

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface KioskWindowOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  show: boolean;
  kiosk: boolean;
  fullscreen: boolean;
  frame: boolean;
  autoHideMenuBar: boolean;
  backgroundColor: string;
  title: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webviewTag: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    enableBlinkFeatures: '';
    navigateOnDragDrop: false;
    spellcheck: false;
    devTools: boolean;
    autoplayPolicy: 'no-user-gesture-required';
    safeDialogs: true;
    disableDialogs: true;
    backgroundThrottling: false;
  };
}

/** Window options for the kiosk on `bounds` (the chosen display); `kiosk: false` is the staff's windowed mode. */
export function kioskWindowOptions(opts: { preload: string; bounds: Bounds; kiosk: boolean; devTools: boolean }): KioskWindowOptions {
  return {
    ...opts.bounds,
    show: false,
    kiosk: opts.kiosk,
    fullscreen: opts.kiosk,
    frame: !opts.kiosk,
    autoHideMenuBar: true,
    // The attract loop's own background: a restart or a reload never flashes white in a dim hall.
    backgroundColor: '#1b1712',
    title: '荣誉档案馆 · Honor Archive',
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: opts.devTools,
      autoplayPolicy: 'no-user-gesture-required',
      safeDialogs: true,
      // alert()/confirm() would freeze an unattended kiosk behind a box no visitor can dismiss.
      disableDialogs: true,
      backgroundThrottling: false,
    },
  };
}
