import { describe, expect, it } from 'vitest';
import { catalog, LANGS, needsReview, uiKeys } from '../src/i18n/catalog';
import { mergeOverrides, placeholders } from '../src/i18n/overrides';

describe('the UI string catalogue', () => {
  it('has every key in every language, none empty', () => {
    for (const lang of LANGS) {
      expect(Object.keys(catalog[lang]).sort(), lang).toEqual([...uiKeys].sort());
      for (const k of uiKeys) expect(catalog[lang][k].trim(), `${lang} ${k}`).not.toBe('');
    }
  });
  it('keeps the same placeholders in every language (a translation never drops {{count}})', () => {
    for (const k of uiKeys) {
      if (k.startsWith('date.')) continue; // English dates name the month instead of its number
      for (const lang of LANGS) expect(placeholders(catalog[lang][k]), `${lang} ${k}`).toEqual(placeholders(catalog.zh[k]));
    }
  });
  it('marks the drafted Mongolian for review, and only real keys', () => {
    expect(needsReview.mn.length).toBeGreaterThan(uiKeys.length * 0.9);
    for (const k of needsReview.mn) expect(uiKeys).toContain(k);
    expect(needsReview.zh).toEqual([]);
  });
  it('Mongolian strings are written in the traditional script', () => {
    const script = /[\u1800-\u18AF]/;
    for (const k of needsReview.mn) {
      const text = catalog.mn[k].replace(/\{\{\s*\w+\s*\}\}/g, '');
      if (/^[\s\d\W]*$/.test(text)) continue;
      expect(script.test(text), k).toBe(true);
    }
  });
});

describe('mergeOverrides', () => {
  it('lays curator wording over the catalogue', () => {
    const { resources, rejected } = mergeOverrides(catalog, [{ lang: 'mn', key: 'nav.home', value: 'ᠭᠣᠣᠯ' }]);
    expect(resources.mn['nav.home']).toBe('ᠭᠣᠣᠯ');
    expect(catalog.mn['nav.home']).not.toBe('ᠭᠣᠣᠯ');
    expect(rejected).toEqual([]);
  });
  it('ignores unknown keys, empty text, and broken placeholders, and says why', () => {
    const { resources, rejected } = mergeOverrides(catalog, [
      { lang: 'zh', key: '__proto__', value: 'x' },
      { lang: 'zh', key: 'constructor', value: 'x' },
      { lang: 'zh', key: 'nav.home', value: '   ' },
      { lang: 'zh', key: 'home.count', value: '展品' },
      { lang: 'zh', key: 'home.count', value: '{{count}} {{evil}}' },
      { lang: 'en', key: 'gallery.count', value: 'Items: {{ count }}' },
    ]);
    expect(rejected.map((r) => r.reason)).toEqual(['unknown-key', 'unknown-key', 'empty', 'placeholders', 'placeholders']);
    expect(resources.zh['home.count']).toBe(catalog.zh['home.count']);
    expect(resources.en['gallery.count']).toBe('Items: {{ count }}');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
