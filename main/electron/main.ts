// Electron entry. Kept thin: every decision lives in policy/ (pure, tested without Electron); this file only
// wires those decisions to Electron's objects, in the order Electron requires.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, screen, session } from 'electron';
import type { Dispatch } from '../../archive/api/dispatch';
import { readSettings } from '../../archive/content/settings';
import { appDataHome } from '../../archive/home';
import { resolveMedia } from '../../archive/media/resolve';
import { createArchiveService, type ArchiveService } from '../../archive/service';
import { provisionArchive } from './archive-location';
import { superviseWindow } from './healing';
import { createIncidentLog } from './incident-log';
import { registerIpc } from './ipc';
import { startKioskTimers } from './kiosk-timers';
import { lockDownContents, lockDownSession } from './lockdown';
import { pickDisplay } from './policy/display';
import { isCuratorPath } from './policy/memory';
import type { Hours } from './policy/opening-hours';
import { appUrl, parseAppUrl, SHELL_PAGE_PREFIX } from './policy/origins';
import { restartPlan, STAFF_EXIT_CODE } from './policy/restart';
import { parseShellArgs } from './policy/shell-args';
import { parseShellConfig } from './policy/shell-config';
import { isShellPage, shellPageHtml } from './policy/shell-page';
import { kioskSwitches } from './policy/switches';
import { kioskWindowOptions } from './policy/window-options';
import { electronShellControl } from './shell-control';
import { handleProtocols, registerPrivilegedSchemes } from './protocols';

// --- Before `ready`: things Electron only accepts this early. ---
const args = parseShellArgs(process.argv.slice(1));
// The same folder the serve shell uses (archive/home.ts), so both shells share one archive and one log.
app.setPath('userData', appDataHome());
for (const [name, value] of kioskSwitches()) app.commandLine.appendSwitch(name, value);
app.enableSandbox();
registerPrivilegedSchemes();

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function closedArchiveDispatch(problem: string): Dispatch {
  return async () => ({ ok: false, error: { code: 'ARCHIVE_UNAVAILABLE', message: problem } });
}

async function start(): Promise<void> {
  await app.whenReady();
  Menu.setApplicationMenu(null);
  const startedAt = Date.now();
  const userData = app.getPath('userData');
  const log = createIncidentLog({ dir: path.join(userData, 'logs') });
  log.record('start', { version: app.getVersion(), electron: process.versions.electron, packaged: app.isPackaged });
  const { config, problem: configProblem } = parseShellConfig(readIfExists(path.join(userData, 'kiosk-shell.json')));
  if (configProblem) log.record('config-ignored', { problem: configProblem });

  let kiosk = !args.windowed;
  let win: BrowserWindow | null = null;
  let quitting = false;
  const loadApp = (pathname = '/') => void win?.loadURL(appUrl(pathname)).catch(() => undefined);
  const restart = (reason: string) => {
    log.record('restart', { reason });
    quitting = true;
    if (restartPlan(process.env) === 'relaunch') app.relaunch();
    app.exit(0);
  };
  const shell = electronShellControl({
    openCurator: () => loadApp('/curator'),
    restart,
    exitKiosk: () => {
      log.record('exit-kiosk');
      quitting = true;
      app.exit(STAFF_EXIT_CODE);
    },
    log: (kind, detail) => log.record(kind, detail),
  });

  const archiveDir = path.resolve(args.archive ?? path.join(userData, 'archive'));
  let service: ArchiveService | null = null;
  let archiveProblem = '';
  try {
    const bundled = app.isPackaged ? path.join(process.resourcesPath, 'demo-archive') : null;
    const how = await provisionArchive(archiveDir, bundled, (line) => log.record('archive', { line }));
    service = createArchiveService(archiveDir, { shell });
    log.record('archive-open', { dir: archiveDir, how });
  } catch (e) {
    archiveProblem = `${archiveDir}: ${(e as Error).message}`;
    log.record('archive-unavailable', { problem: archiveProblem });
  }

  const ses = session.defaultSession;
  lockDownSession(ses, (kind, detail) => log.record(kind, detail), { devtools: !app.isPackaged });
  app.on('web-contents-created', (_e, contents) => lockDownContents(contents, { kiosk: () => kiosk, log: (kind, detail) => log.record(kind, detail) }));
  handleProtocols(ses, {
    uiDir: path.join(import.meta.dirname, '../renderer'),
    media: (sha, variant) => (service ? resolveMedia(service.archive.root, service.archive.db, sha, variant) : null),
    shellPage: (name) => (isShellPage(name) ? shellPageHtml(name, archiveProblem) : null),
  });
  registerIpc(ipcMain, service ? service.dispatch : closedArchiveDispatch(`The archive could not be opened: ${archiveProblem}`));

  const display = pickDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay(), args.display ?? config.display);
  win = new BrowserWindow(
    kioskWindowOptions({ preload: path.join(import.meta.dirname, '../preload/index.cjs'), bounds: display.bounds, kiosk, devTools: !app.isPackaged }),
  );
  const shown = win;
  shown.once('ready-to-show', () => shown.show());
  // Alt+F4 and the like: in kiosk mode the window closes only when the app decides to quit.
  shown.on('close', (event) => {
    if (kiosk && !quitting) {
      event.preventDefault();
      log.record('close-refused');
    }
  });
  // Mouse back/forward buttons and media keys arrive as app commands: a kiosk never goes "back" by them.
  shown.on('app-command', (event, command) => {
    event.preventDefault();
    log.record('app-command-ignored', { command });
  });
  const healer = superviseWindow(shown, { log, loadApp: () => loadApp('/'), showRecovery: () => void shown.loadURL(`${appUrl('/')}${SHELL_PAGE_PREFIX.slice(1)}recovery`) });
  shown.webContents.on('did-finish-load', () => shown.webContents.navigationHistory.clear());
  const curatorOpen = () => {
    const url = parseAppUrl(shown.webContents.getURL());
    return url !== null && (isCuratorPath(url.pathname) || isCuratorPath(url.hash.replace(/^#/, '')));
  };
  const hours = (): Hours => (service ? readSettings(service.archive.db).openingHours : { open: '00:00', close: '00:00' });
  const stopTimers = startKioskTimers({ win: shown, config, hours, log, healer, curatorOpen, restart, startedAt });

  app.on('second-instance', () => {
    if (shown.isMinimized()) shown.restore();
    shown.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
    stopTimers();
    service?.close();
  });
  app.on('window-all-closed', () => app.quit());
  // Staff may switch a running kiosk to a window for maintenance from the OS; keep `kiosk` truthful.
  shown.on('leave-full-screen', () => (kiosk = shown.isKiosk()));

  if (service) loadApp('/');
  else void shown.loadURL(`${appUrl('/')}${SHELL_PAGE_PREFIX.slice(1)}problem`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((e: unknown) => {
    console.error(`Honor Archive Kiosk could not start: ${(e as Error).stack ?? String(e)}`);
    app.exit(1);
  });
}
