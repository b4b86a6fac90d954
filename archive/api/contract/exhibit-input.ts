import { z } from 'zod';
import { ExhibitDate, ExhibitKind, LocalText, Sha256 } from './common';
import { ruleIssue } from './schema-rules';

/** A translatable field as written by people: plain Chinese, or Chinese with translations. */
export const LocalTextInput = z.union([z.string(), LocalText]).transform((v) => (typeof v === 'string' ? { zh: v } : v));

const Year = z.number().int().min(1800).max(2100);

export const ExhibitMediaInput = z
  .object({
    /** A stored image; imports may name a `file` instead, resolved before this schema applies. */
    sha256: Sha256,
    alt: LocalTextInput.optional(),
    caption: LocalTextInput.optional(),
    credit: z.string().max(500).optional(),
  })
  .strict();

/** Everything a curator, an import row or the demo builder can set on an exhibit, in the native field names. */
export const ExhibitInput = z
  .object({
    uid: z.string().trim().min(1).max(200),
    collection: z.string().min(1).max(100),
    kind: ExhibitKind.default('person'),
    status: z.enum(['draft', 'published']).default('draft'),
    hidden: z.boolean().default(false),
    sample: z.boolean().default(false),
    sortOrder: z.number().int().default(0),
    title: LocalTextInput.default({ zh: '' }),
    name: LocalTextInput.default({ zh: '' }),
    birthYear: Year.nullable().default(null),
    deathYear: Year.nullable().default(null),
    hometown: LocalTextInput.default({ zh: '' }),
    ethnicity: LocalTextInput.default({ zh: '' }),
    unit: LocalTextInput.default({ zh: '' }),
    honours: LocalTextInput.default({ zh: '' }),
    place: LocalTextInput.default({ zh: '' }),
    body: LocalTextInput.default({ zh: '' }),
    credit: LocalTextInput.default({ zh: '' }),
    topic: z.string().max(100).default(''),
    rights: z.string().max(1000).default(''),
    date: ExhibitDate.default({ precision: 'unknown', start: null, end: null }),
    tags: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
    media: z.array(ExhibitMediaInput).max(200).default([]),
    cover: Sha256.nullable().default(null),
    /** Translations waiting for a native speaker, as "field.lang" (e.g. "name.mn"). */
    needsReview: z.array(z.string().regex(/^[a-z]+\.(mn|en)$/)).default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.title.zh.trim() && !v.name.zh.trim()) ctx.addIssue(ruleIssue('name-missing', 'an exhibit needs a name or a title in Chinese', ['name']));
    if (v.birthYear !== null && v.deathYear !== null && v.birthYear > v.deathYear) {
      ctx.addIssue(ruleIssue('death-before-birth', 'death year is before birth year', ['deathYear']));
    }
    const d = v.date;
    if ((d.precision === 'unknown') !== (d.start === null)) ctx.addIssue(ruleIssue('date-needs-start', 'a date needs a start unless its precision is unknown', ['date']));
    if ((d.precision === 'range') !== (d.end !== null)) ctx.addIssue(ruleIssue('only-range-end', 'only a range has an end date', ['date']));
    const wantLength = { year: 4, month: 7, day: 10 } as const;
    if (d.start && d.precision in wantLength && d.start.length !== wantLength[d.precision as keyof typeof wantLength]) {
      const form = d.precision === 'year' ? 'YYYY' : d.precision === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD';
      ctx.addIssue(ruleIssue('date-form', `a ${d.precision} date is written ${form}`, ['date', 'start'], { precision: d.precision, form }));
    }
    if (d.start && d.end && d.end < d.start) ctx.addIssue(ruleIssue('range-order', 'the range ends before it starts', ['date', 'end']));
    if (v.cover && !v.media.some((m) => m.sha256 === v.cover)) ctx.addIssue(ruleIssue('cover-not-photo', 'the cover must be one of the exhibit’s photos', ['cover']));
  });
export type ExhibitInput = z.output<typeof ExhibitInput>;
export type ExhibitInputRaw = z.input<typeof ExhibitInput>;
