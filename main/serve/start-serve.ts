import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureArchive } from '../../archive/demo/ensure';
import { defaultArchiveDir } from '../../archive/home';
import { createArchiveService } from '../../archive/service';
import { isLoopback, type ServeArgs } from './args';
import { createServeShell, listen } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_UI_DIR = path.resolve(here, '../../out/renderer');

/** Starts the serve shell on an archive (building the demo on first run) and returns its URL. */
export async function startServe(args: ServeArgs, log: (line: string) => void = console.log) {
  const dir = path.resolve(args.archive ?? defaultArchiveDir());
  await ensureArchive(dir, log);
  const service = createArchiveService(dir);
  const server = createServeShell({
    archive: service.archive,
    dispatch: service.dispatch,
    uiDir: path.resolve(args.ui ?? DEFAULT_UI_DIR),
    host: args.host,
    port: args.port,
  });
  const url = await listen(server, args.host, args.port);
  if (!isLoopback(args.host)) log(`Warning: listening on ${args.host}; anyone on this network can reach the kiosk and its curator sign-in.`);
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        service.close();
        resolve();
      });
      server.closeAllConnections();
    });
  return { url, archiveDir: dir, server, service, close };
}
