// Keeps the kiosk window alive: a crashed, hung or failed renderer and a dead GPU process each lead to a
// reload, capped by the ReloadGovernor, then to the calm recovery screen that retries on its own.
import { app, type BrowserWindow } from 'electron';
import type { IncidentLog } from './incident-log';
import { isAppUrl, SHELL_PAGE_PREFIX } from './policy/origins';
import { ReloadGovernor, type IncidentKind } from './policy/reload-governor';

/** How long a hung page gets to answer again before it is restarted. */
const UNRESPONSIVE_GRACE_MS = 15_000;
/** A pause before reloading, so a page that crashes on load cannot spin the CPU. */
const RELOAD_DELAY_MS = 1_500;

export interface Healer {
  governor: ReloadGovernor;
  /** A clean reload between visitors (memory ceiling): logged, not counted as a failure. */
  reloadClean(reason: string): void;
}

export function superviseWindow(win: BrowserWindow, deps: { log: IncidentLog; loadApp: () => void; showRecovery: () => void; now?: () => number }): Healer {
  const now = deps.now ?? Date.now;
  const governor = new ReloadGovernor();
  const contents = win.webContents;
  let hangTimer: NodeJS.Timeout | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let killedByUs = false;

  const incident = (kind: IncidentKind, detail: Record<string, unknown> = {}) => {
    const action = governor.incident(kind, now());
    deps.log.record(kind, { ...detail, action: action.do });
    if (action.do === 'reload') {
      setTimeout(() => !win.isDestroyed() && deps.loadApp(), RELOAD_DELAY_MS);
    } else if (action.do === 'recover') {
      deps.showRecovery();
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => {
        if (win.isDestroyed()) return;
        governor.retry(now());
        deps.log.record('recovery-retry');
        deps.loadApp();
      }, Math.max(0, action.retryAt - now()));
    }
  };

  contents.on('render-process-gone', (_e, details) => {
    if (killedByUs) {
      killedByUs = false;
      return;
    }
    incident('render-process-gone', { reason: details.reason, exitCode: details.exitCode });
  });
  win.on('unresponsive', () => {
    clearTimeout(hangTimer);
    hangTimer = setTimeout(() => {
      if (win.isDestroyed()) return;
      killedByUs = true;
      contents.forcefullyCrashRenderer();
      incident('unresponsive', { graceMs: UNRESPONSIVE_GRACE_MS });
    }, UNRESPONSIVE_GRACE_MS);
  });
  win.on('responsive', () => clearTimeout(hangTimer));
  contents.on('did-fail-load', (_e, errorCode, errorDescription, validatedURL, isMainFrame) => {
    // -3 is ERR_ABORTED: a navigation we refused or replaced, not a failure.
    if (!isMainFrame || errorCode === -3) return;
    incident('did-fail-load', { errorCode, errorDescription, url: validatedURL.slice(0, 200) });
  });
  contents.on('preload-error', (_e, _path, error) => incident('preload-error', { message: error.message.slice(0, 300) }));
  app.on('child-process-gone', (_e, details) => {
    if (details.type === 'GPU') incident('gpu-process-gone', { reason: details.reason, exitCode: details.exitCode });
  });
  contents.on('did-finish-load', () => {
    const url = contents.getURL();
    if (isAppUrl(url) && !new URL(url).pathname.startsWith(SHELL_PAGE_PREFIX)) governor.loaded(now());
  });

  return {
    governor,
    reloadClean(reason) {
      deps.log.record('clean-reload', { reason });
      deps.loadApp();
    },
  };
}
