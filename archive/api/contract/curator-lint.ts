import { z } from 'zod';
import { Id } from './common';
import { defineMethod } from './define';
import { AllowTermInput, LintFinding, LintReport, LintScope, WaiveInput } from './lint-report';

export const curatorLintMethods = {
  /** The content check over the archive (or some exhibits): what blocks publishing, what is only a warning. */
  lintArchive: defineMethod({ access: 'curator', input: LintScope.default({}), output: LintReport }),
  /** Accepts one blocking finding with a reason (logged); it lapses when the text behind it changes. */
  waiveFinding: defineMethod({ access: 'curator', input: WaiveInput.extend({ exhibitId: Id.optional() }).strict(), output: LintFinding }),
  unwaiveFinding: defineMethod({ access: 'curator', input: z.object({ key: WaiveInput.shape.key }).strict(), output: z.object({}) }),
  /** Marks a word as genuine everywhere (a unit's English name, a product named in a caption). */
  allowTerm: defineMethod({ access: 'curator', input: AllowTermInput, output: z.object({}) }),
  disallowTerm: defineMethod({ access: 'curator', input: z.object({ term: z.string().min(1).max(60) }).strict(), output: z.object({}) }),
} as const;
