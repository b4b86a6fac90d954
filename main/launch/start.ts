// `npm start`: Electron when its binary is present; otherwise the serve shell, opened in Chromium's app/kiosk mode.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appDataHome } from '../../archive/home';
import { parseServeArgs } from '../serve/args';
import { startServe } from '../serve/start-serve';
import { chromiumKioskArgs, findChromium } from './chromium';
import { electronBinary } from './electron-binary';
import { splitStartArgs } from './start-args';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);

async function main(): Promise<void> {
  const electron = electronBinary();
  if (electron.path && !process.env.HONOR_ARCHIVE_NO_ELECTRON) {
    const child = spawn(electron.path, [root, ...argv], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  console.log(
    `The Electron runtime is not installed here (${'reason' in electron ? electron.reason : 'disabled by HONOR_ARCHIVE_NO_ELECTRON'}), so the kiosk runs in the browser shell instead.`,
  );
  const { serveArgv, windowed } = splitStartArgs(argv);
  const args = parseServeArgs(serveArgv);
  const served = await startServe(args);
  console.log(`Archive: ${served.archiveDir}`);
  console.log(`Honor Archive Kiosk is serving at ${served.url}`);
  const browser = args.noBrowser ? null : findChromium();
  if (browser) {
    const profile = path.join(appDataHome(), 'chromium-profile');
    const kiosk = !windowed && !process.env.HONOR_ARCHIVE_WINDOWED;
    const child = spawn(browser, chromiumKioskArgs(served.url, profile, { kiosk }), { stdio: 'ignore', detached: false });
    child.on('error', (e) => console.log(`Could not open ${browser}: ${e.message}. Open ${served.url} in a browser.`));
    console.log(`Opened ${path.basename(browser)} in ${kiosk ? 'kiosk' : 'app'} mode.`);
  } else if (!args.noBrowser) {
    console.log(`No Chromium found: open ${served.url} in Chromium or Chrome (apt-get install chromium).`);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void served.close().then(() => process.exit(0)));
}

main().catch((e: unknown) => {
  console.error(`start: ${(e as Error).message}`);
  process.exit(1);
});
