import { z } from 'zod';
import { Lang } from './common';
import { defineMethod } from './define';

export const TranslatedEntity = z.enum(['collection', 'exhibit', 'media', 'figure']);

/**
 * Where visitors meet a text, so the reviewer can picture it: an exhibit's page (its own fields and its photos),
 * a collection's page, or the "numbers" page (figures). Items come ordered by place, as the kiosk shows them.
 */
export const ReviewPlace = z.object({
  kind: z.enum(['exhibit', 'collection', 'numbers', 'unplaced']),
  /** The exhibit's id or the collection's slug; null for the numbers page and for a photo no exhibit shows. */
  id: z.string().nullable(),
  /** The exhibit's name (or title) or the collection's title, in Chinese. */
  name: z.string(),
  /** For an exhibit: the title of the collection it is in. */
  collection: z.string().nullable(),
  /** For a photo: its place among the exhibit's photos (1 = first). */
  photo: z.number().int().positive().nullable(),
});
export type ReviewPlace = z.infer<typeof ReviewPlace>;

export const ReviewItem = z.object({
  entity: TranslatedEntity,
  entityId: z.string(),
  field: z.string(),
  lang: z.enum(['mn', 'en']),
  /** The Chinese source text. */
  source: z.string(),
  value: z.string(),
  /** While reviewing Mongolian: the English of the same text, as a reference (null when there is none). */
  reference: z.string().nullable(),
  /** What it belongs to, for the reviewer: an exhibit's name, a collection's title, a photo's caption. */
  label: z.string(),
  place: ReviewPlace,
  updatedAt: z.string(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

const ReviewKey = z.object({ entity: TranslatedEntity, entityId: z.string().min(1).max(200), field: z.string().regex(/^[a-z]{1,40}$/), lang: z.enum(['mn', 'en']) });

export const curatorReviewMethods = {
  listReviewItems: defineMethod({
    access: 'curator',
    input: z.object({ lang: z.enum(['mn', 'en']).optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(200) }).strict(),
    output: z.object({ total: z.number().int().nonnegative(), items: z.array(ReviewItem) }),
  }),
  /** Confirms a drafted translation, correcting it when `value` differs; an empty value removes it. */
  reviewTranslation: defineMethod({
    access: 'curator',
    input: ReviewKey.extend({ value: z.string().max(20_000) }).strict(),
    output: z.object({}),
  }),
  /** Confirms or corrects one UI string for every kiosk; `value: null` returns it to the shipped catalogue. */
  saveUiString: defineMethod({
    access: 'curator',
    input: z
      .object({ lang: Lang, key: z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/, 'a catalogue key'), value: z.string().max(2000).nullable() })
      .strict(),
    output: z.object({}),
  }),
} as const;
