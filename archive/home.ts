import os from 'node:os';
import path from 'node:path';

/**
 * The folder the app owns for its data when no archive is named: HONOR_ARCHIVE_HOME, else the platform's
 * per-user data folder (the same place Electron's userData resolves to for this product name).
 */
export function appDataHome(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.HONOR_ARCHIVE_HOME) return path.resolve(env.HONOR_ARCHIVE_HOME);
  const name = 'Honor Archive Kiosk';
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', name);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), name);
}

export function defaultArchiveDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(appDataHome(env), 'archive');
}
