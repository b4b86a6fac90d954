import { describe, expect, it } from 'vitest';
import { fold, foldWithOrigin, normalizeQuery } from '../../../archive/search/fold';

/** Deterministic pseudo-random code points mixing Chinese, astral, Latin, marks, controls and surrogates. */
function randomText(seed: number, length: number): string {
  let a = seed >>> 0;
  const next = () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
  const pools = [
    [0x4e00, 0x9fff],
    [0x20000, 0x2a6df],
    [0x41, 0x7a],
    [0xff01, 0xff5e],
    [0x300, 0x36f],
    [0x1800, 0x18af],
    [0x0, 0x1f],
    [0xd800, 0xdfff],
  ] as const;
  let out = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = pools[Math.floor(next() * pools.length)]!;
    const cp = lo + Math.floor(next() * (hi - lo + 1));
    out += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return out;
}

describe('fold', () => {
  it('maps traditional to simplified, full width to half width, case and accents away', () => {
    expect(fold('李商隱')).toBe('李商隐');
    expect(fold('靜夜思')).toBe('静夜思');
    expect(fold('ＬＩ Ｂａｉ １２３')).toBe('li bai 123');
    expect(fold('Héro ÉCOLE Ångström')).toBe('hero ecole angstrom');
    expect(fold('裡裏')).toBe('里里');
  });

  it('works character by character, so a substring of folded text is the fold of a substring', () => {
    // Phrase conversion would keep 乾 in 乾隆 but fold 乾 alone to 干; char-level folding stays consistent.
    expect(fold('乾隆')).toBe(fold('乾') + fold('隆'));
    for (let seed = 1; seed <= 200; seed++) {
      const a = randomText(seed, 20);
      const b = randomText(seed + 1000, 20);
      expect(fold(a + b)).toBe(fold(a) + fold(b));
    }
  });

  it('is idempotent on every code point of the Basic Multilingual Plane and on astral text', () => {
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const once = fold(String.fromCharCode(cp));
      expect(fold(once), `U+${cp.toString(16)}`).toBe(once);
    }
    for (let seed = 1; seed <= 50; seed++) {
      const once = fold(randomText(seed, 40));
      expect(fold(once)).toBe(once);
    }
  });

  it('drops Mongolian variation selectors and joiners, turns controls and line breaks into spaces', () => {
    expect(fold('ᠪᠠ᠋ᠭᠠᠲᠤᠷ')).toBe('ᠪᠠᠭᠠᠲᠤᠷ');
    expect(fold('a\u200db')).toBe('ab');
    expect(fold('a\u0001b\nc\td\u3000e')).toBe('a b c d e');
  });

  it('drops lone surrogates instead of producing broken text', () => {
    expect(fold('a\ud800b\udc00c')).toBe('abc');
    expect(fold('𠀋')).toBe('𠀋');
  });
});

describe('foldWithOrigin', () => {
  it('maps every folded unit back to whole code points of the original', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const text = randomText(seed, 30);
      const { folded, from, to } = foldWithOrigin(text);
      expect(folded).toBe(fold(text));
      for (let k = 0; k < folded.length; k++) {
        const s = from[k]!;
        const e = to[k]!;
        expect(s).toBeLessThan(e);
        // Never inside a surrogate pair.
        const pairStart = (i: number) => i > 0 && /[\ud800-\udbff]/.test(text[i - 1]!) && /[\udc00-\udfff]/.test(text[i]!);
        expect(pairStart(s)).toBe(false);
        expect(e === text.length || !pairStart(e)).toBe(true);
      }
    }
  });
});

describe('normalizeQuery', () => {
  it('folds, trims, collapses spaces and joins Chinese characters split by spaces', () => {
    expect(normalizeQuery('  李 白  ')).toBe('李白');
    expect(normalizeQuery('Li   BAI')).toBe('li bai');
    expect(normalizeQuery('li 白')).toBe('li 白');
    expect(normalizeQuery('\u3000')).toBe('');
  });
});
