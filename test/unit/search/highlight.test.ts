import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../archive/search/doc-source';
import { highlightsFor, substringRanges } from '../../../archive/search/highlight';
import { queryForms } from '../../../archive/search/query-forms';

function source(zh: Partial<SourceDoc['zh']>, extra: Partial<SourceDoc> = {}): SourceDoc {
  return {
    id: 1,
    collectionId: 1,
    published: true,
    year: null,
    zh: { name: '', title: '', hometown: '', ethnicity: '', unit: '', honours: '', place: '', body: '', ...zh },
    tags: [],
    captions: [],
    translations: [],
    ...extra,
  };
}

const splitsPair = (text: string, i: number) => i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]!) && /[\udc00-\udfff]/.test(text[i]!);

describe('highlightsFor', () => {
  it('marks a simplified query in traditional text', () => {
    const [h] = highlightsFor(source({ name: '李商隱' }), queryForms('李商隐'));
    expect(h).toEqual({ field: 'name', lang: 'zh', text: '李商隱', ranges: [[0, 3]] });
  });

  it('never cuts a character outside the Basic Multilingual Plane, in ranges or excerpts', () => {
    const body = `${'𠀋𡈼'.repeat(40)}月${'𠀋'.repeat(40)}`;
    for (const q of ['𠀋', '𡈼', '月', '𠀋𡈼', '𡈼𠀋']) {
      const hs = highlightsFor(source({ body }), queryForms(q));
      expect(hs.length, q).toBe(1);
      for (const h of hs) {
        expect(h.text.length).toBeLessThan(body.length);
        for (const [s, e] of h.ranges) {
          expect(splitsPair(h.text, s) || splitsPair(h.text, e)).toBe(false);
          expect(h.text.slice(s, e).replace(/…/g, '')).not.toBe('');
        }
      }
    }
    for (const [s, e] of substringRanges('a𠀋b𠀋', '𠀋')) expect(splitsPair('a𠀋b𠀋', s) || splitsPair('a𠀋b𠀋', e)).toBe(false);
  });

  it('marks the characters a pinyin query spells, surnames included', () => {
    expect(highlightsFor(source({ name: '单雄信' }), queryForms('shanxiong'))[0]).toEqual({ field: 'name', lang: 'zh', text: '单雄信', ranges: [[0, 2]] });
    expect(highlightsFor(source({ honours: '全国最美退役军人' }), queryForms('zmtyjr'))[0]!.ranges).toEqual([[2, 8]]);
  });

  it('marks word beginnings in translations, ignoring case and accents', () => {
    const doc = source({ name: '张伟' }, { translations: [{ lang: 'en', field: 'honours', value: 'National Héro; heroes of the Border' }] });
    const [h] = highlightsFor(doc, queryForms('HERO'));
    expect(h).toEqual({ field: 'honours', lang: 'en', text: 'National Héro; heroes of the Border', ranges: [[9, 13], [15, 19]] });
    // "hero" inside "superhero" is not a word beginning.
    expect(highlightsFor(source({}, { translations: [{ lang: 'en', field: 'body', value: 'superhero' }] }), queryForms('hero'))).toEqual([]);
  });

  it('lists the best fields first and at most four', () => {
    const doc = source({ name: '月', title: '月夜', unit: '月', honours: '月', hometown: '月', body: '月' });
    const hs = highlightsFor(doc, queryForms('月'));
    expect(hs.map((h) => h.field)).toEqual(['name', 'title', 'unit', 'honours']);
  });
});
