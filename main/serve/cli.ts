// `npm run serve`: the kiosk as a local web server, for Chromium in kiosk mode and for tests.
import { parseServeArgs } from './args';
import { startServe } from './start-serve';

try {
  const args = parseServeArgs(process.argv.slice(2));
  const { url, archiveDir, close } = await startServe(args);
  console.log(`Archive: ${archiveDir}`);
  console.log(`Honor Archive Kiosk is serving at ${url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void close().then(() => process.exit(0)));
} catch (e) {
  console.error(`serve: ${(e as Error).message}`);
  process.exit(1);
}
