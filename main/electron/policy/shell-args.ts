import { parseArgs } from 'node:util';

export interface ShellArgs {
  /** --archive <dir>: an archive folder instead of the one in the user-data folder. */
  archive: string | null;
  /** --windowed: a normal window for setting up and for staff (no kiosk lock). */
  windowed: boolean;
  /** --display <n>: 1-based display number, or "primary". */
  display: string | null;
}

/**
 * Reads our switches from Electron's argv, ignoring Chromium's and Electron's own (--no-sandbox, --inspect,
 * the app path, a second instance's arguments). Unknown or malformed values are dropped, never fatal: a typo
 * in an autostart file must not leave a kiosk dark.
 */
export function parseShellArgs(argv: readonly unknown[]): ShellArgs {
  const args = argv.filter((a): a is string => typeof a === 'string' && a.length < 4096 && !a.includes('\0'));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: { archive: { type: 'string' }, windowed: { type: 'boolean' }, display: { type: 'string' } },
      strict: false,
      allowPositionals: true,
    }));
  } catch {
    values = {};
  }
  const archive = typeof values.archive === 'string' && values.archive.trim() ? values.archive : null;
  const display = typeof values.display === 'string' && /^(primary|[1-9]\d?)$/.test(values.display) ? values.display : null;
  return { archive, windowed: values.windowed === true, display };
}
