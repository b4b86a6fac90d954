import { z } from 'zod';
import { ruleCheck } from './schema-rules';

export const Lang = z.enum(['zh', 'mn', 'en']);
export type Lang = z.infer<typeof Lang>;

/** Text in the source language (zh) with whichever translations exist; the UI falls back to zh visibly. */
export const LocalText = z.object({
  zh: z.string(),
  mn: z.string().optional(),
  en: z.string().optional(),
});
export type LocalText = z.infer<typeof LocalText>;

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in lower-case hex');

export const ImageSize = z.object({ width: z.number().int().positive(), height: z.number().int().positive() });

/** Everything the UI needs to show a stored image; URLs are built by the client from the hash and variant. */
export const MediaRef = z.object({
  sha256: Sha256,
  mime: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  thumb: ImageSize,
  screen: ImageSize,
  alt: LocalText,
  caption: LocalText,
  credit: z.string(),
  sample: z.boolean(),
});
export type MediaRef = z.infer<typeof MediaRef>;

export const DatePrecision = z.enum(['unknown', 'year', 'month', 'day', 'range']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', checked to be a real calendar date. */
export const PartialDate = z
  .string()
  .refine((s) => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s), ruleCheck('date-pattern', 'must be YYYY, YYYY-MM or YYYY-MM-DD'))
  .refine((s) => {
    if (s.length < 10) return true;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, ruleCheck('date-not-real', 'is not a real calendar date'));

export const ExhibitDate = z.object({
  precision: DatePrecision,
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
});
export type ExhibitDate = z.infer<typeof ExhibitDate>;

export const ExhibitKind = z.enum(['person', 'album', 'event', 'panel']);
export type ExhibitKind = z.infer<typeof ExhibitKind>;

export const CollectionLayout = z.enum(['portraits', 'photos', 'timeline']);

export const Id = z.number().int().positive();

export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** What every transport returns: an error never crosses a process boundary as a thrown object. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
