import type { searchMethods } from '../contract/search';
import { searchAnalyticsFor } from '../../search/analytics-buffer';
import { searchEngineFor } from '../../search/engine';
import { pinyinCandidates } from '../../search/pinyin-candidates';
import { searchArchive } from '../../search/search-archive';
import { warmUpSearch } from '../../search/warm-up';
import type { HandlerContext, Handlers } from '../handler-types';

export function searchHandlers({ archive }: HandlerContext): Handlers<keyof typeof searchMethods> {
  const { db } = archive;
  const analytics = searchAnalyticsFor(db);
  // Build the index (and warm the search) right after start-up rather than on the first visitor's keystroke
  // (a few seconds at 100k exhibits, milliseconds for a typical kiosk); a search that comes first simply
  // builds it itself.
  warmUpSearch(db);
  return {
    search: (input, caller) => {
      const { engine: _engine, ...out } = searchArchive(db, input, caller.audience);
      // Zero-result searches (typo guesses included) are what curators read to learn what visitors miss.
      if (out.query) analytics.record(out.query, out.total === 0 || out.didYouMean !== null);
      return out;
    },
    pinyinCandidates: (input, caller) => ({ candidates: pinyinCandidates(searchEngineFor(db), input.pinyin, input.limit, caller.audience) }),
  };
}
