import type { SearchHit } from '../api/contract/search';

// Scores are small integers so results can be ordered by counting: higher first, then by id. The gaps
// encode the ranking a visitor expects: the exact name, then names that start with the query, then names
// that contain it, then titles, then every other field; pinyin matches sit just below the same match in
// characters, and typo-tolerant guesses below everything exact.
export const SCORE = {
  nameExact: 100,
  pinyinNameExact: 96,
  namePrefix: 90,
  pinyinNamePrefix: 86,
  name: 80,
  pinyinName: 76,
  titleExact: 74,
  titlePrefix: 72,
  title: 70,
  pinyinTitle: 66,
  short: 62,
  long: 60,
  spread: 58,
  pinyinShort: 56,
  /** Fuzzy guesses take 1..fuzzy. */
  fuzzy: 40,
} as const;

export const MAX_SCORE = 127;

const PINYIN = new Set<number>([SCORE.pinyinNameExact, SCORE.pinyinNamePrefix, SCORE.pinyinName, SCORE.pinyinTitle, SCORE.pinyinShort]);

/** The contract's label for a score. */
export function matchKind(score: number): SearchHit['match'] {
  if (score <= SCORE.fuzzy) return 'fuzzy';
  if (PINYIN.has(score)) return 'pinyin';
  if (score >= SCORE.nameExact) return 'name-exact';
  if (score >= SCORE.namePrefix) return 'name-prefix';
  if (score >= SCORE.name) return 'name';
  if (score >= SCORE.title) return 'title';
  return 'field';
}
