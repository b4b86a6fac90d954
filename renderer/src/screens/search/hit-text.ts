import type { Highlight, Lang } from '../../../../archive/api/contract';
import type { Picked } from '../../i18n/local-text';

type Range = readonly [number, number];

/** What a result card highlights: the matched characters inside the name it shows, and at most one excerpt. */
export interface HitText {
  /** Ranges inside the displayed name's own text; empty when the name shown is not what matched. */
  nameRanges: readonly Range[];
  excerpt: Highlight | null;
}

/**
 * Chooses what a result card marks, from the engine's highlights (best fields first). A match in the name is
 * marked in the name as displayed, never repeated as an excerpt. The excerpt is in the visitor's language,
 * else in Chinese; text in another language is shown only when it is the only reason the exhibit matched
 * (an English word typed in the Chinese UI), never when the name or a field in a language the visitor reads
 * already explains the match ("zeng" finds 曾立峰 by name: the English biography is no excerpt for it).
 */
export function chooseHitText(highlights: readonly Highlight[], heading: { field: 'name' | 'title'; picked: Picked }, lang: Lang): HitText {
  const { field, picked } = heading;
  const isHeading = (h: Highlight) => h.field === 'name' || h.field === field;
  const own = highlights.find((h) => isHeading(h) && h.lang === picked.lang && h.ranges.length > 0 && h.text.trim() === picked.text);
  // pickText trims; the engine's text is the field as stored, so shift its ranges by what was trimmed.
  const shift = own ? own.text.indexOf(picked.text) : 0;
  const nameRanges = own ? own.ranges.map(([s, e]): Range => [s - shift, e - shift]) : [];
  const excerpts = highlights.filter((h) => !isHeading(h) && h.text.trim() !== '' && h.ranges.length > 0);
  const readable = (l: Lang) => l === lang || l === 'zh';
  const excerpt =
    excerpts.find((h) => h.lang === lang) ??
    excerpts.find((h) => h.lang === 'zh') ??
    (highlights.some((h) => readable(h.lang) && h.ranges.length > 0) ? undefined : excerpts[0]) ??
    null;
  return { nameRanges, excerpt };
}
