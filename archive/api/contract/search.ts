import { z } from 'zod';
import { FacetValue, ExhibitTile } from './visitor';
import { defineMethod } from './define';

/** A highlight is a half-open [start, end) range in UTF-16 code units that never splits a surrogate pair. */
export const Highlight = z.object({
  field: z.enum(['name', 'title', 'body', 'unit', 'honours', 'hometown', 'place', 'tags', 'caption', 'ethnicity']),
  lang: z.enum(['zh', 'mn', 'en']),
  /** A short excerpt of the field around the match, for result lists (ranges are relative to it). */
  text: z.string(),
  ranges: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type Highlight = z.infer<typeof Highlight>;

export const SearchHit = z.object({
  exhibit: ExhibitTile,
  collectionSlug: z.string(),
  score: z.number(),
  /** Why it matched, best first: exact name > name prefix > title > other fields > fuzzy. */
  match: z.enum(['name-exact', 'name-prefix', 'name', 'title', 'field', 'pinyin', 'fuzzy']),
  highlights: z.array(Highlight),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchInput = z
  .object({
    q: z.string().max(100),
    offset: z.number().int().min(0).max(10_000).default(0),
    limit: z.number().int().min(1).max(100).default(24),
    collection: z.string().max(100).optional(),
    decade: z.number().int().min(1800).max(2100).multipleOf(10).optional(),
    tag: z.string().max(100).optional(),
  })
  .strict();

export const SearchOutput = z.object({
  /** The query as understood (trimmed, folded); the UI shows it back. */
  query: z.string(),
  total: z.number().int().nonnegative(),
  hits: z.array(SearchHit),
  /** Set when nothing matched exactly and the hits are typo-tolerant guesses ("did you mean …"). */
  didYouMean: z.string().nullable(),
  facets: z.object({ collections: z.array(FacetValue), decades: z.array(FacetValue), tags: z.array(FacetValue) }),
});
export type SearchOutput = z.infer<typeof SearchOutput>;

export const searchMethods = {
  search: defineMethod({ access: 'visitor', input: SearchInput, output: SearchOutput }),
  /** Characters and words from the archive for the typed pinyin letters: the on-screen keyboard's candidate bar. */
  pinyinCandidates: defineMethod({
    access: 'visitor',
    input: z.object({ pinyin: z.string().regex(/^[a-z ]{1,30}$/, 'lower-case pinyin letters'), limit: z.number().int().min(1).max(60).default(24) }).strict(),
    output: z.object({ candidates: z.array(z.object({ text: z.string(), pinyin: z.string(), count: z.number().int().nonnegative() })) }),
  }),
} as const;
