import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../archive/api/contract';
import { pickText } from '../src/i18n/local-text';
import { chooseHitText } from '../src/screens/search/hit-text';

const hl = (field: Highlight['field'], lang: Highlight['lang'], text: string, ranges: [number, number][]): Highlight => ({ field, lang, text, ranges });
const zengName = { zh: '曾立峰', en: 'Zeng Lifeng' };
const byName = (lang: 'zh' | 'en' | 'mn', name: { zh: string; en?: string; mn?: string } = zengName) => ({ field: 'name' as const, picked: pickText(name, lang) });

// What the engine sends for "zeng" on 曾立峰: the Chinese name by pinyin, then English text by word.
const zeng = [
  hl('name', 'zh', '曾立峰', [[0, 1]]),
  hl('body', 'en', 'Zeng Lifeng grew up in Songshan District watching military aircraft cros…', [[0, 4]]),
  hl('name', 'en', 'Zeng Lifeng', [[0, 4]]),
  hl('caption', 'en', 'Sample portrait (drawn): Zeng Lifeng', [[25, 29]]),
];

describe('chooseHitText', () => {
  it('marks a name match inside the name shown, and shows no foreign excerpt when the name explains the match', () => {
    expect(chooseHitText(zeng, byName('zh'), 'zh')).toEqual({ nameRanges: [[0, 1]], excerpt: null });
  });

  it('in English, marks the English name and takes the English excerpt', () => {
    const r = chooseHitText(zeng, byName('en'), 'en');
    expect(r.nameRanges).toEqual([[0, 4]]);
    expect(r.excerpt?.field).toBe('body');
    expect(r.excerpt?.lang).toBe('en');
  });

  it('prefers the visitor language, then Chinese, over the engine order', () => {
    const hits = [hl('name', 'zh', '曾立峰', [[0, 1]]), hl('unit', 'zh', '空军某部', [[0, 2]]), hl('body', 'en', 'Zeng flew…', [[0, 4]]), hl('body', 'mn', 'ᠵᠧᠩ', [[0, 3]])];
    expect(chooseHitText(hits, byName('en'), 'en').excerpt?.lang).toBe('en');
    expect(chooseHitText(hits, byName('mn'), 'mn').excerpt?.lang).toBe('mn');
    expect(chooseHitText(hits, byName('zh'), 'zh').excerpt).toEqual(hits[1]);
    expect(chooseHitText([hits[0]!, hits[2]!, hits[1]!], byName('en', { zh: '曾立峰' }), 'mn').excerpt).toEqual(hits[1]);
  });

  it('shows another language only when that is the only reason for the match', () => {
    const grew = [hl('body', 'en', 'Zeng Lifeng grew up in Songshan…', [[12, 16]])];
    expect(chooseHitText(grew, byName('zh'), 'zh')).toEqual({ nameRanges: [], excerpt: grew[0] });
    expect(chooseHitText(grew, byName('mn'), 'mn').excerpt).toEqual(grew[0]);
    // A Chinese field matched too: the English text is no longer needed to explain the hit.
    const both = [hl('body', 'en', 'He guarded the border…', [[14, 20]]), hl('tags', 'zh', '边防', [[0, 2]])];
    expect(chooseHitText(both, byName('zh'), 'zh').excerpt).toEqual(both[1]);
  });

  it('never marks a name that is not the one shown', () => {
    // English UI, the English name is shown, only the Chinese name matched (initials): nothing to mark in it.
    const initials = [hl('name', 'zh', '曾立峰', [[0, 3]])];
    expect(chooseHitText(initials, byName('en'), 'en')).toEqual({ nameRanges: [], excerpt: null });
    // English UI without an English name: the Chinese name is shown, so its match is marked.
    expect(chooseHitText(initials, byName('en', { zh: '曾立峰' }), 'en').nameRanges).toEqual([[0, 3]]);
    // A different text in the same field and language (an excerpt of a longer value) is not the name shown.
    expect(chooseHitText([hl('name', 'zh', '…曾立峰', [[1, 2]])], byName('zh'), 'zh').nameRanges).toEqual([]);
  });

  it('maps ranges when the stored name has spaces the card trims', () => {
    expect(chooseHitText([hl('name', 'zh', ' 曾立峰 ', [[1, 2]])], byName('zh'), 'zh').nameRanges).toEqual([[0, 1]]);
  });

  it('uses the title as the heading when there is no name', () => {
    const heading = { field: 'title' as const, picked: pickText({ zh: '燕山街英模肖像', en: 'Portraits along Yanshan Street' }, 'en') };
    const hits = [hl('title', 'en', 'Portraits along Yanshan Street', [[0, 9]]), hl('body', 'en', '…ortraits of PLA heroes…', [[1, 9]])];
    const r = chooseHitText(hits, heading, 'en');
    expect(r.nameRanges).toEqual([[0, 9]]);
    expect(r.excerpt).toEqual(hits[1]);
  });

  it('ignores empty excerpts and highlights without ranges', () => {
    expect(chooseHitText([hl('body', 'zh', '', [[0, 1]]), hl('unit', 'zh', '空军', [])], byName('zh'), 'zh')).toEqual({ nameRanges: [], excerpt: null });
  });
});
