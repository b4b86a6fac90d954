import type { Archive } from '../archive';
import type { Audience } from '../content/visibility';
import type { ApiOutput, ApiParsedInput, MethodName } from './contract';
import type { ShellControl } from './shell-control';

/** Who is calling, as established by the transport and the access gate. */
export interface Caller {
  /** Opaque per-client key chosen by the transport (a cookie on HTTP, the webContents on IPC). */
  sessionKey: string;
  /** Set for curator and admin methods once the gate has checked the session. */
  curator?: { id: number; name: string; role: 'curator' | 'admin' };
  /** Curators previewing as a visitor still see drafts. */
  audience: Audience;
}

export interface HandlerContext {
  archive: Archive;
  /** The program showing the kiosk (Electron or a browser); absent means the browser shell's answers. */
  shell?: ShellControl;
}

export type Handler<M extends MethodName> = (input: ApiParsedInput<M>, caller: Caller) => ApiOutput<M> | Promise<ApiOutput<M>>;
export type Handlers<K extends MethodName = MethodName> = { [M in K]: Handler<M> };
