// Electron's own install script is denied in package.json (allowScripts) because it fails the whole install
// where its binary cannot be downloaded. Here we run it ourselves and never fail: without the binary,
// `npm start` uses the serve shell in Chromium instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const script = 'node_modules/electron/install.js';
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1' || !existsSync(script)) {
  console.log('Electron runtime not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1): `npm start` will use the browser shell.');
} else {
  const r = spawnSync(process.execPath, [script], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  if (r.status === 0) console.log('Electron runtime installed.');
  else console.log('Electron runtime unavailable (download failed): `npm start` will use the browser shell.');
}
