import { parseArgs } from 'node:util';

export interface ServeArgs {
  archive?: string;
  host: string;
  port: number;
  ui?: string;
  allowRemote: boolean;
  noBrowser: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Parses serve/start flags. Binding beyond this machine needs --allow-remote: curator methods travel over it. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      archive: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '5170' },
      ui: { type: 'string' },
      'allow-remote': { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  const host = values.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host) && !values['allow-remote']) {
    throw new Error(`Refusing to listen on ${host}: other machines could reach the curator sign-in. Add --allow-remote if that is really wanted.`);
  }
  return {
    ...(values.archive ? { archive: values.archive } : {}),
    ...(values.ui ? { ui: values.ui } : {}),
    host,
    port,
    allowRemote: values['allow-remote'] ?? false,
    noBrowser: values['no-browser'] ?? false,
  };
}

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host);
}
