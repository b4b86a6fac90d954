// Electron entry: hardened by the Electron-shell issue. Kept thin: decisions live in pure modules beside it.
import path from 'node:path';
import { app, BrowserWindow, ipcMain } from 'electron';
import { methodNames } from '../../archive/api/contract';
import { ensureArchive } from '../../archive/demo/ensure';
import { createArchiveService } from '../../archive/service';
import { channelFor } from './channels';

async function main(): Promise<void> {
  await app.whenReady();
  const dir = path.join(app.getPath('userData'), 'archive');
  await ensureArchive(dir);
  const service = createArchiveService(dir);
  for (const name of methodNames) {
    ipcMain.handle(channelFor(name), (event, input: unknown) =>
      service.dispatch(name, input, { sessionKey: `wc:${event.sender.id}`, audience: 'visitor' }),
    );
  }
  const win = new BrowserWindow({
    fullscreen: true,
    kiosk: true,
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  await win.loadFile(path.join(import.meta.dirname, '../renderer/index.html'));
}

void main();
