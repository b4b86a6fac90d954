import type { Lang } from '../../../archive/api/contract';

/**
 * A figure as a visitor reads it: Chinese groups by 万 and 亿 ("3.16亿", "6.4万", "2646"), English spells out
 * thousands and millions ("316 million", "64,000"), Mongolian (no settled abbreviation in the traditional
 * script) shows grouped digits. Never more than three significant decimals, never "NaN".
 */
export function formatFigure(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  if (lang === 'zh') {
    if (v >= 1e8) return `${sign}${trim(v / 1e8, 2)}亿`;
    if (v >= 1e4) return `${sign}${trim(v / 1e4, 1)}万`;
    return sign + trim(v, 2);
  }
  if (lang === 'en') {
    if (v >= 1e9) return `${sign}${trim(v / 1e9, 2)} billion`;
    if (v >= 1e6) return `${sign}${trim(v / 1e6, 2)} million`;
    return sign + v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }
  return sign + v.toLocaleString('en-US', { maximumFractionDigits: 2 }).replace(/,/g, '\u202f');
}

/** The value a counter shows at `progress` (0..1) of its animation, eased and rounded the way the final value is. */
export function counterValue(target: number, progress: number): number {
  if (!Number.isFinite(target)) return 0;
  const p = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 1));
  const eased = 1 - Math.pow(1 - p, 3);
  if (p >= 1) return target;
  const raw = target * eased;
  return Number.isInteger(target) ? Math.round(raw) : Number(raw.toFixed(2));
}
