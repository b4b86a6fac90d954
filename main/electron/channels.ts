import type { ArchiveTransport, MethodName } from '../../archive/api/contract';

/** The IPC channel for a contract method: derived, never written by hand. */
export function channelFor(method: MethodName): string {
  return `archive:${method}`;
}

/**
 * The object the preload exposes: one function per method, each forwarding only its own input on its own
 * channel. Frozen, with no prototype, so page scripts cannot add or swap methods on it.
 */
export function bridgeFor(names: readonly MethodName[], invoke: (channel: string, input: unknown) => Promise<unknown>): ArchiveTransport {
  const bridge = Object.create(null) as Record<string, (input: unknown) => Promise<unknown>>;
  for (const name of names) {
    const channel = channelFor(name);
    bridge[name] = (input: unknown) => invoke(channel, input ?? {});
  }
  return Object.freeze(bridge) as unknown as ArchiveTransport;
}
