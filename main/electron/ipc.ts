import { methodNames } from '../../archive/api/contract';
import type { Dispatch } from '../../archive/api/dispatch';
import { channelFor } from './channels';
import { ipcCall, type InvokeEvent } from './policy/ipc-call';

/** The slice of ipcMain this needs; structural so the contract test can count what gets registered. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<unknown>): void;
}

/** One ipcMain.handle per contract method, derived from the contract's list; returns the channels. */
export function registerIpc(ipc: IpcRegistrar, dispatch: Dispatch): string[] {
  return methodNames.map((name) => {
    const channel = channelFor(name);
    ipc.handle(channel, ipcCall(name, dispatch));
    return channel;
  });
}
