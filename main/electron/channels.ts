import type { MethodName } from '../../archive/api/contract';

/** The IPC channel for a contract method: derived, never written by hand. */
export function channelFor(method: MethodName): string {
  return `archive:${method}`;
}
