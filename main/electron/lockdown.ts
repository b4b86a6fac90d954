// Electron checklist items applied to the session and to every webContents ever created: navigation,
// redirects, new windows, <webview>, permissions, downloads and network all refused; kiosk keys swallowed.
import type { Session, WebContents } from 'electron';
import { shouldBlockKey } from './policy/keys';
import { decideNavigation, decideRequest, decideWindowOpen } from './policy/navigation';

type Log = (kind: string, detail?: Record<string, unknown>) => void;

export function lockDownSession(ses: Session, log: Log, opts: { devtools: boolean }): void {
  ses.setPermissionRequestHandler((_wc, permission, callback) => {
    log('permission-denied', { permission });
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  ses.on('will-download', (event, item) => {
    log('download-refused', { url: item.getURL().slice(0, 200) });
    event.preventDefault();
  });
  // A second wall behind the CSP: nothing leaves the machine, whatever a page tries.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = decideRequest(details.url, opts) === 'allow';
    if (!allowed) log('request-refused', { url: details.url.slice(0, 200) });
    callback({ cancel: !allowed });
  });
}

export function lockDownContents(contents: WebContents, opts: { kiosk: () => boolean; log: Log }): void {
  const refuse = (kind: string, url: string) => opts.log(kind, { url: String(url).slice(0, 200) });
  contents.setWindowOpenHandler(({ url }) => {
    refuse('window-open-refused', url);
    return decideWindowOpen(url);
  });
  contents.on('will-navigate', (event) => {
    if (decideNavigation(event.url, { isMainFrame: event.isMainFrame }) === 'deny') {
      event.preventDefault();
      refuse('navigation-refused', event.url);
    }
  });
  contents.on('will-frame-navigate', (event) => {
    if (decideNavigation(event.url, { isMainFrame: event.isMainFrame }) === 'deny') {
      event.preventDefault();
      refuse('navigation-refused', event.url);
    }
  });
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url, { isMainFrame: event.isMainFrame }) === 'deny') {
      event.preventDefault();
      refuse('redirect-refused', event.url);
    }
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    refuse('webview-refused', '');
  });
  contents.on('before-input-event', (event, input) => {
    if (shouldBlockKey(input, { kiosk: opts.kiosk() })) event.preventDefault();
  });
  // Page zoom (Ctrl+wheel, pinch on a touchpad) would leave the next visitor with a giant or tiny kiosk.
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
  contents.on('did-finish-load', () => {
    contents.setZoomLevel(0);
    void contents.setVisualZoomLevelLimits(1, 1);
  });
  contents.on('context-menu', (event) => event.preventDefault());
}
