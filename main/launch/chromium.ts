import fs from 'node:fs';
import path from 'node:path';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'microsoft-edge'];

/** Finds an installed Chromium-family browser on PATH (or CHROMIUM_PATH), or null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = isExecutable): string | null {
  if (env.CHROMIUM_PATH && exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of CANDIDATES) {
    for (const dir of dirs) {
      const p = path.join(dir, name);
      if (exists(p)) return p;
    }
  }
  return null;
}

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Flags that lock Chromium down as far as can be done from outside: its own profile, no pinch or overscroll
 * navigation, no translate or first-run prompts, no background network, no context menu on long press.
 */
export function chromiumKioskArgs(url: string, profileDir: string, opts: { kiosk: boolean }): string[] {
  const u = new URL(url);
  if (u.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) throw new Error(`refusing to open a non-local URL in kiosk mode: ${url}`);
  return [
    `--app=${u.href}`,
    ...(opts.kiosk ? ['--kiosk', '--start-fullscreen'] : []),
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--disable-features=TouchpadOverscrollHistoryNavigation,Translate,OverscrollHistoryNavigation',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-session-crashed-bubble',
    '--disable-infobars',
    '--noerrdialogs',
    '--touch-events=enabled',
    '--autoplay-policy=no-user-gesture-required',
  ];
}
