import os from 'node:os';

/** Who the audit log names for a change made from a terminal. */
export function cliActor(given?: unknown): string {
  if (typeof given === 'string' && given.trim()) return given.trim().slice(0, 60);
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}
