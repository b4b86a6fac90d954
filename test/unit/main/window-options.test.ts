import { describe, expect, it } from 'vitest';
import { kioskSwitches } from '../../../main/electron/policy/switches';
import { kioskWindowOptions } from '../../../main/electron/policy/window-options';

const bounds = { x: 1920, y: 0, width: 1080, height: 1920 };

describe('kiosk window options', () => {
  it('hold every webPreferences item of the Electron checklist, in kiosk and windowed mode alike', () => {
    for (const kiosk of [true, false]) {
      const o = kioskWindowOptions({ preload: '/app/out/preload/index.cjs', bounds, kiosk, devTools: false });
      expect(o.webPreferences).toMatchObject({
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
        devTools: false,
        disableDialogs: true,
      });
      expect(o.webPreferences.preload.endsWith('.cjs')).toBe(true);
      expect(o.webPreferences).not.toHaveProperty('additionalArguments');
    }
  });

  it('fill the chosen display in kiosk mode and open framed for staff otherwise', () => {
    const k = kioskWindowOptions({ preload: 'p.cjs', bounds, kiosk: true, devTools: false });
    expect(k).toMatchObject({ ...bounds, kiosk: true, fullscreen: true, frame: false, show: false });
    const w = kioskWindowOptions({ preload: 'p.cjs', bounds, kiosk: false, devTools: true });
    expect(w).toMatchObject({ kiosk: false, fullscreen: false, frame: true });
    expect(w.webPreferences.devTools).toBe(true);
  });
});

describe('Chromium switches', () => {
  it('turn off page pinch, swipe-back navigation, translate and background network', () => {
    const flat = kioskSwitches().map(([k, v]) => (v === undefined ? k : `${k}=${v}`));
    expect(flat).toContain('disable-pinch');
    expect(flat).toContain('overscroll-history-navigation=0');
    expect(flat).toContain('disable-background-networking');
    expect(flat.find((f) => f.startsWith('disable-features='))).toMatch(/OverscrollHistoryNavigation.*Translate/);
    // Nothing here may weaken security.
    expect(flat.join(' ')).not.toMatch(/no-sandbox|disable-web-security|ignore-certificate|remote-debugging|allow-file-access/);
  });
});
