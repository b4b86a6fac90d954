import { parseAppUrl } from './origins';

/** The parts of Electron's WebFrameMain an IPC check needs. */
export interface SenderFrame {
  url: string;
  /** null for a top-level frame. */
  parent: unknown;
}

/**
 * An IPC call is answered only when it comes from our UI in a main frame (Electron checklist item 17): not
 * from a subframe, not after a navigation to anything else, not from a frame already gone (null).
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame || typeof frame !== 'object') return false;
  if (frame.parent !== null) return false;
  return parseAppUrl(frame.url) !== null;
}
