import { z } from 'zod';
import { Id } from './common';
import { defineMethod } from './define';

export const ChangeEntry = z.object({
  id: Id,
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /** What the change was about, in Chinese where there is a name (an exhibit's name, a collection's title). */
  label: z.string(),
  /** Fields whose value differs between before and after. */
  fields: z.array(z.string()),
  /** This entry undid entry `reverts`. */
  reverts: Id.nullable(),
  /** The entry that later undid this one. */
  revertedBy: Id.nullable(),
  revertible: z.boolean(),
  /** Why it cannot be reverted, when it cannot. */
  notRevertibleBecause: z.string().nullable(),
});
export type ChangeEntry = z.infer<typeof ChangeEntry>;

export const curatorAuditMethods = {
  listChanges: defineMethod({
    access: 'curator',
    input: z
      .object({
        entity: z.string().max(40).optional(),
        entityId: z.string().max(200).optional(),
        /** Sign-ins and sign-outs are left out unless asked for. */
        includeSessions: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ total: z.number().int().nonnegative(), entries: z.array(ChangeEntry) }),
  }),
  getChange: defineMethod({
    access: 'curator',
    input: z.object({ id: Id }).strict(),
    output: z.object({ entry: ChangeEntry, before: z.unknown(), after: z.unknown() }),
  }),
  /**
   * Puts the entity back as it was before entry `id` (a new logged change; nothing is erased). When later
   * changes to the same thing would be undone too, it is refused with REVERT_CONFLICT unless confirmed.
   */
  revertChange: defineMethod({
    access: 'curator',
    input: z.object({ id: Id, undoLaterChanges: z.boolean().default(false) }).strict(),
    output: z.object({ revertId: Id, entity: z.string(), entityId: z.string() }),
  }),
} as const;
