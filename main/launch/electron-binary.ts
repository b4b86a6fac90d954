import { createRequire } from 'node:module';

/**
 * The path of the Electron binary when it was downloaded, or null with the reason. `require('electron')`
 * from Node returns that path, and throws "Electron failed to install correctly" when the download never
 * happened (as on machines without internet access).
 */
export function electronBinary(requireFn: (id: string) => unknown = createRequire(import.meta.url)): { path: string } | { path: null; reason: string } {
  try {
    const p = requireFn('electron');
    if (typeof p === 'string' && p.length > 0) return { path: p };
    return { path: null, reason: 'the electron package did not name a binary' };
  } catch (e) {
    return { path: null, reason: (e as Error).message.split('\n')[0] ?? 'unknown error' };
  }
}
