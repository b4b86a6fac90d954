// What the content check (lint) reports before publishing. Pure zod, JSON-serialisable.
import { z } from 'zod';
import { MessageParams } from './import-report';

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

/**
 * Every text a finding can carry, as `rule` or `rule.detail`; the engine can only emit these (see
 * archive/lint/finding.ts) and the workspace has a Chinese and an English text for each.
 */
export const LINT_FINDING_KEYS = [
  'missing-name.person',
  'missing-name.title',
  'photo-undescribed',
  'photo-alt-missing',
  'photo-too-small',
  'photo-duplicate',
  'photo-near-duplicate',
  'date-implausible.birth',
  'date-implausible.death',
  'date-implausible.age',
  'date-implausible.date',
  'contains-url',
  'contains-email',
  'contains-phone',
  'contains-contact',
  'injected-term.gambling',
  'injected-term.brand',
  'injected-token',
  'repeated-foreign-token',
  'mixed-script.homoglyph',
  'mixed-script.name',
  'hidden-characters',
  'missing-translation',
] as const satisfies readonly (LintRule | `${LintRule}.${string}`)[];
export type LintFindingKey = (typeof LINT_FINDING_KEYS)[number];
/** The rule a key belongs to ('injected-term.brand' → 'injected-term'). */
export type RuleOfKey<K extends string> = K extends `${infer R}.${string}` ? R : K;

/** Notes about the check itself. */
export const LINT_NOTE_KEYS = ['near-duplicates-skipped'] as const;
export type LintNoteKey = (typeof LINT_NOTE_KEYS)[number];

/** Refusals of the content check's actions (ArchiveError code + details.detail / details.params). */
export const LINT_ERROR_KEYS = ['LINT_FINDING_GONE', 'LINT_NOT_BLOCKING', 'LINT_TERM_REFUSED', 'NOT_FOUND.waiver', 'NOT_FOUND.term'] as const;
export type LintErrorKey = (typeof LINT_ERROR_KEYS)[number];

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
  /** Which case of the rule this is, when it has several: the text's key is `rule.detail` (LINT_FINDING_KEYS). */
  detail: z.string().nullable(),
  /** What the curator-facing text is filled with; `message` and `suggestion` are the same in English. */
  params: MessageParams,
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
  /** The same notes by key (LINT_NOTE_KEYS) with their values, for the workspace's own language. */
  noteKeys: z.array(z.object({ key: z.string(), params: MessageParams })),
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
