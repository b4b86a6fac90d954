import { z } from 'zod';
import { LocalText } from './common';
import { defineMethod } from './define';

/** Which program shows the kiosk: the Electron app, or the serve shell in a browser. */
export const ShellKind = z.enum(['electron', 'browser']);
export type ShellKind = z.infer<typeof ShellKind>;

/** What staff can ask of the shell from the hidden escape hatch. */
export const ShellActionName = z.enum(['open-curator', 'restart', 'exit-kiosk']);
export type ShellActionName = z.infer<typeof ShellActionName>;

export const ShellCapability = z.object({
  action: ShellActionName,
  available: z.boolean(),
  /** Why it is unavailable here, for the staff member standing at the kiosk; null when available. */
  reason: LocalText.nullable(),
});
export type ShellCapability = z.infer<typeof ShellCapability>;

export const ShellInfo = z.object({
  shell: ShellKind,
  version: z.string(),
  actions: z.array(ShellCapability),
});
export type ShellInfo = z.infer<typeof ShellInfo>;

export const ShellActionResult = z.object({
  action: ShellActionName,
  /** An in-app path the page should open itself (the browser shell cannot steer its window); null when the shell acts. */
  navigate: z
    .string()
    .regex(/^\/[A-Za-z0-9/_-]*$/, 'must be an in-app path')
    .nullable(),
  message: LocalText,
});
export type ShellActionResult = z.infer<typeof ShellActionResult>;

export const shellMethods = {
  /** Visitors may ask: it tells the hatch which buttons to offer, nothing more. */
  shellInfo: defineMethod({ access: 'visitor', input: z.object({}).strict(), output: ShellInfo }),
  /** Restart, leave kiosk mode, or open the curator workspace: only for a signed-in curator. */
  shellAction: defineMethod({ access: 'curator', input: z.object({ action: ShellActionName }).strict(), output: ShellActionResult }),
} as const;
