import type { Envelope } from '../../../archive/api/contract';
import type { Dispatch } from '../../../archive/api/dispatch';
import { isPlainData } from './plain-data';
import { isTrustedSender, type SenderFrame } from './sender';

/** The parts of Electron's IpcMainInvokeEvent the handler reads. */
export interface InvokeEvent {
  senderFrame: SenderFrame | null;
  sender: { id: number };
}

/** One caller per window: curator sign-in made in a window stays with that window until it is closed. */
export function sessionKeyForWebContents(id: number): string {
  return `ipc:${id}`;
}

/**
 * The body of every ipcMain.handle: refuse callers that are not our UI's main frame, then hand the raw input
 * to the dispatcher, which parses it with the method's schema. Always resolves to an envelope: a thrown error
 * would reach the renderer as an opaque string.
 */
export function ipcCall(method: string, dispatch: Dispatch) {
  return async (event: InvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls from outside the kiosk are refused.' } };
    }
    if (input !== undefined && !isPlainData(input)) {
      return { ok: false, error: { code: 'BAD_INPUT', message: 'The request must be plain data (objects, arrays, text, numbers, true/false).' } };
    }
    try {
      return await dispatch(method, input, { sessionKey: sessionKeyForWebContents(event.sender.id), audience: 'visitor' });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside the archive. The problem has been logged.' } };
    }
  };
}
