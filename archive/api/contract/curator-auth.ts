import { z } from 'zod';
import { Id } from './common';
import { defineMethod } from './define';

export const CuratorRole = z.enum(['curator', 'admin']);
export type CuratorRole = z.infer<typeof CuratorRole>;

/** "Who am I" for the workspace and the staff escape hatch; never carries a PIN or its hash. */
export const SessionInfo = z.object({
  signedIn: z.boolean(),
  curator: z.object({ id: Id, name: z.string(), role: CuratorRole }).nullable(),
  /** Visitor screens show drafts (with a "preview" banner) while this is on. */
  preview: z.boolean(),
  /** A PIN someone else chose (new account, reset, demo): nothing else works until the owner picks their own. */
  mustChangePin: z.boolean(),
  /** Signed out automatically after this many minutes without a curator action. */
  idleMinutes: z.number().int().positive(),
  /** Why the last session ended, so the sign-in screen can say so ("signed out after 10 minutes idle"). */
  endedBecause: z.enum(['idle', 'signed-out', 'account-changed']).nullable(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const CuratorSummary = z.object({
  id: Id,
  name: z.string(),
  role: CuratorRole,
  disabled: z.boolean(),
  mustChangePin: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type CuratorSummary = z.infer<typeof CuratorSummary>;

const Pin = z.string().max(64);
const CuratorName = z.string().trim().min(1, 'a name is needed').max(60);

export const curatorAuthMethods = {
  /** Sign in with a PIN; the name is optional when the PIN identifies one curator (the staff hatch asks only the PIN). */
  curatorLogin: defineMethod({
    access: 'visitor',
    input: z.object({ name: z.string().max(60).optional(), pin: Pin }).strict(),
    output: SessionInfo,
  }),
  curatorLogout: defineMethod({ access: 'visitor', input: z.object({}).strict(), output: SessionInfo }),
  /** `touch: true` counts as activity (the workspace sends it while someone is typing a long story). */
  curatorSession: defineMethod({ access: 'visitor', input: z.object({ touch: z.boolean().default(false) }).strict(), output: SessionInfo }),
  curatorChangePin: defineMethod({ access: 'curator', input: z.object({ currentPin: Pin, newPin: Pin }).strict(), output: SessionInfo }),
  curatorSetPreview: defineMethod({ access: 'curator', input: z.object({ preview: z.boolean() }).strict(), output: SessionInfo }),
  listCurators: defineMethod({ access: 'admin', input: z.object({}).strict(), output: z.object({ curators: z.array(CuratorSummary) }) }),
  addCurator: defineMethod({ access: 'admin', input: z.object({ name: CuratorName, role: CuratorRole, pin: Pin }).strict(), output: CuratorSummary }),
  updateCurator: defineMethod({
    access: 'admin',
    input: z.object({ id: Id, name: CuratorName.optional(), role: CuratorRole.optional(), disabled: z.boolean().optional() }).strict(),
    output: CuratorSummary,
  }),
  /** Sets a temporary PIN the curator must replace at their next sign-in. */
  resetCuratorPin: defineMethod({ access: 'admin', input: z.object({ id: Id, pin: Pin }).strict(), output: CuratorSummary }),
} as const;
