// What the content check (lint) reports before publishing. Pure zod, JSON-serialisable.
import { z } from 'zod';

export const LintRule = z.enum([
  'missing-name',
  'photo-undescribed',
  'photo-alt-missing',
  'photo-too-small',
  'photo-duplicate',
  'photo-near-duplicate',
  'date-implausible',
  'contains-url',
  'contains-email',
  'contains-phone',
  'contains-contact',
  'injected-term',
  'injected-token',
  'repeated-foreign-token',
  'mixed-script',
  'hidden-characters',
  'missing-translation',
]);
export type LintRule = z.infer<typeof LintRule>;

/** 'block' findings stop publishing until fixed or waived with a reason; 'warning' findings never block. */
export const LintSeverity = z.enum(['block', 'warning']);
export type LintSeverity = z.infer<typeof LintSeverity>;

export const LintWaiver = z.object({ reason: z.string(), actor: z.string(), at: z.string() });

export const LintFinding = z.object({
  /** Stable for the same problem in the same text: a waiver is tied to it, and lapses when the text changes. */
  key: z.string().regex(/^[0-9a-f]{20}$/),
  rule: LintRule,
  severity: LintSeverity,
  entity: z.enum(['exhibit', 'collection', 'media']),
  entityId: z.string(),
  /** The exhibit to open to fix it (for a photo: the first exhibit showing it). */
  exhibitId: z.number().int().nullable(),
  /** Name or title, for the curator to recognise it. */
  label: z.string(),
  field: z.string().nullable(),
  lang: z.enum(['zh', 'mn', 'en']).nullable(),
  message: z.string(),
  /** The text around the problem, and the problem's [start, end) inside that excerpt (UTF-16 units). */
  excerpt: z.string().nullable(),
  range: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).nullable(),
  /** The suspicious token or value itself, so a curator can mark it allowed. */
  token: z.string().nullable(),
  suggestion: z.string().nullable(),
  waiver: LintWaiver.nullable(),
});
export type LintFinding = z.infer<typeof LintFinding>;

export const LintReport = z.object({
  checkedAt: z.string(),
  checked: z.object({ exhibits: z.number().int().nonnegative(), media: z.number().int().nonnegative(), collections: z.number().int().nonnegative() }),
  counts: z.object({ blocking: z.number().int().nonnegative(), warnings: z.number().int().nonnegative(), waived: z.number().int().nonnegative() }),
  /** Blocking findings first; `omitted` says how many were left out to keep the report small. */
  findings: z.array(LintFinding),
  omitted: z.number().int().nonnegative(),
  /** Notes about the check itself (e.g. near-duplicate comparison skipped on a very large archive). */
  notes: z.array(z.string()),
  /** Terms curators marked as allowed (a product named in a caption, a unit's English name). */
  allowedTerms: z.array(z.object({ term: z.string(), note: z.string(), actor: z.string(), at: z.string() })),
});
export type LintReport = z.infer<typeof LintReport>;

/** Which exhibits to check: all of them (default), some by id, or only those a visitor can see. */
export const LintScope = z
  .object({
    exhibitIds: z.array(z.number().int().positive()).max(10_000).optional(),
    onlyPublished: z.boolean().optional(),
  })
  .strict();
export type LintScope = z.infer<typeof LintScope>;

export const WaiveInput = z
  .object({
    key: z.string().regex(/^[0-9a-f]{20}$/),
    /** The exhibit the finding belongs to, when known: the check then only re-reads that exhibit. */
    exhibitId: z.number().int().positive().optional(),
    reason: z.string().trim().min(4, 'say why this is acceptable (at least a few words)').max(500),
  })
  .strict();

export const AllowTermInput = z
  .object({
    term: z.string().trim().min(2).max(60),
    note: z.string().trim().max(300).default(''),
  })
  .strict();
