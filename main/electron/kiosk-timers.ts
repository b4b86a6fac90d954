// The kiosk's clockwork: display kept awake in opening hours, the nightly restart while closed, the memory
// ceiling between visitors, the cursor hidden when still, and the healed state noticed. Decisions are in
// policy/; this polls the OS and applies them.
import { app, powerMonitor, powerSaveBlocker, screen, type BrowserWindow } from 'electron';
import type { Healer } from './healing';
import type { IncidentLog } from './incident-log';
import { CursorIdle, HIDE_CURSOR_CSS } from './policy/cursor';
import { shouldReloadForMemory } from './policy/memory';
import { isOpen, nextNightlyRestart, type Hours } from './policy/opening-hours';
import { mayRestartNow } from './policy/restart';
import type { ShellConfig } from './policy/shell-config';

export interface TimerDeps {
  win: BrowserWindow;
  config: ShellConfig;
  hours: () => Hours;
  log: IncidentLog;
  healer: Healer;
  /** The curator workspace is showing: no memory reloads, the cursor stays visible. */
  curatorOpen: () => boolean;
  restart: (reason: string) => void;
  startedAt: number;
}

export function startKioskTimers(d: TimerDeps): () => void {
  const contents = d.win.webContents;
  let blocker: number | null = null;
  let lastMemoryReload: number | null = null;
  let restartAt: Date | null = null;
  let hoursKey = '';

  const minute = () => {
    if (d.win.isDestroyed()) return;
    const now = new Date();
    const hours = d.hours();
    const open = isOpen(now, hours);
    if (open && blocker === null) {
      blocker = powerSaveBlocker.start('prevent-display-sleep');
      d.log.record('display-kept-awake', { hours });
    } else if (!open && blocker !== null) {
      powerSaveBlocker.stop(blocker);
      blocker = null;
      d.log.record('display-may-sleep', { hours });
    }

    const key = `${hours.open}-${hours.close}`;
    if (key !== hoursKey || restartAt === null) {
      hoursKey = key;
      restartAt = nextNightlyRestart(now, hours, { time: d.config.nightlyRestart ?? '03:30', explicit: d.config.nightlyRestart !== null });
    }
    if (restartAt && now >= restartAt) {
      const idle = powerMonitor.getSystemIdleTime();
      if (mayRestartNow(Date.now() - d.startedAt) && idle >= 60 && !d.curatorOpen()) {
        d.restart('nightly');
        return;
      }
      // Someone is here at night (cleaning, a curator): try again in a few minutes.
      restartAt = new Date(now.getTime() + 10 * 60_000);
    }

    const pid = contents.getOSProcessId();
    const metric = app.getAppMetrics().find((m) => m.pid === pid);
    const reload = shouldReloadForMemory({
      workingSetKb: metric?.memory.workingSetSize ?? null,
      ceilingMb: d.config.memoryCeilingMb,
      systemIdleSeconds: powerMonitor.getSystemIdleTime(),
      betweenVisitorsSeconds: d.config.betweenVisitorsSeconds,
      curatorOpen: d.curatorOpen(),
      now: now.getTime(),
      lastReloadAt: lastMemoryReload,
      minGapMs: 30 * 60_000,
    });
    if (reload) {
      lastMemoryReload = now.getTime();
      d.healer.reloadClean(`renderer working set ${Math.round((metric?.memory.workingSetSize ?? 0) / 1024)} MB over ${d.config.memoryCeilingMb} MB`);
    }
    if (d.healer.governor.checkHealthy(now.getTime())) d.log.record('healthy');
  };

  const cursor = new CursorIdle(d.config.cursorHideSeconds * 1000, Date.now());
  let cssKey: string | null = null;
  const applyCursor = (change: 'hide' | 'show' | null) => {
    if (change === 'hide' && cssKey === null) {
      contents.insertCSS(HIDE_CURSOR_CSS).then((k) => (cssKey = k), () => undefined);
    } else if (change === 'show' && cssKey !== null) {
      void contents.removeInsertedCSS(cssKey).catch(() => undefined);
      cssKey = null;
    }
  };
  const pointer = () => {
    if (d.win.isDestroyed()) return;
    if (d.curatorOpen()) {
      cursor.forget();
      return applyCursor('show');
    }
    applyCursor(cursor.sample(screen.getCursorScreenPoint(), Date.now()));
  };
  contents.on('did-finish-load', () => {
    cssKey = null;
    cursor.forget();
  });

  const timers = [setInterval(minute, 60_000), setInterval(pointer, 500)];
  minute();
  return () => {
    timers.forEach(clearInterval);
    if (blocker !== null) powerSaveBlocker.stop(blocker);
  };
}
