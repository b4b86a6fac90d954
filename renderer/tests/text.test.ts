import { describe, expect, it } from 'vitest';
import { formatExhibitDate, formatPartialDate, startYear, type Translate } from '../src/format/date';
import { counterValue, formatFigure } from '../src/format/number';
import { displayName, pickText } from '../src/i18n/local-text';
import { applyKey, MAX_QUERY, splitComposition } from '../src/screens/search/composition';
import { splitHighlight } from '../src/screens/search/highlight';
import { buildTimeline, groupByTopic } from '../src/screens/timeline/timeline-model';

describe('search composition', () => {
  it('splits settled text from the pinyin being typed', () => {
    expect(splitComposition('')).toEqual({ committed: '', pinyin: '' });
    expect(splitComposition('lzw')).toEqual({ committed: '', pinyin: 'lzw' });
    expect(splitComposition('曾li')).toEqual({ committed: '曾', pinyin: 'li' });
    expect(splitComposition('曾立')).toEqual({ committed: '曾立', pinyin: '' });
    expect(splitComposition('1998 an')).toEqual({ committed: '1998 ', pinyin: 'an' });
  });
  it('keys: letters lower-case, backspace removes whole characters, candidates replace their pinyin', () => {
    expect(applyKey('', { type: 'char', char: 'Z' })).toBe('z');
    expect(applyKey('zeng', { type: 'candidate', text: '曾' })).toBe('曾');
    expect(applyKey('曾li', { type: 'candidate', text: '立峰' })).toBe('曾立峰');
    expect(applyKey('a𠀋', { type: 'backspace' })).toBe('a');
    expect(applyKey('', { type: 'backspace' })).toBe('');
    expect(applyKey('abc', { type: 'clear' })).toBe('');
  });
  it('spaces never lead or double; odd keys and hostile candidates change nothing', () => {
    expect(applyKey('', { type: 'space' })).toBe('');
    expect(applyKey('a ', { type: 'space' })).toBe('a ');
    expect(applyKey('a', { type: 'char', char: '{bksp}' })).toBe('a');
    expect(applyKey('a', { type: 'char', char: '<' })).toBe('a');
    expect(applyKey('a', { type: 'char', char: '' })).toBe('a');
    expect(applyKey('li', { type: 'candidate', text: ' \u0000\u200b ' })).toBe('li');
    expect(applyKey('li', { type: 'candidate', text: '李\n白' })).toBe('李白');
  });
  it('never grows past the limit', () => {
    let t = '';
    for (let i = 0; i < 200; i++) t = applyKey(t, { type: 'char', char: 'a' });
    expect(Array.from(t)).toHaveLength(MAX_QUERY);
    expect(Array.from(applyKey(t, { type: 'candidate', text: '字'.repeat(100) })).length).toBe(MAX_QUERY);
  });
});

describe('splitHighlight', () => {
  it('cuts an excerpt into plain and highlighted runs', () => {
    expect(splitHighlight('单晓川入伍', [[0, 3]])).toEqual([
      { text: '单晓川', hit: true },
      { text: '入伍', hit: false },
    ]);
    expect(splitHighlight('abc', [])).toEqual([{ text: 'abc', hit: false }]);
  });
  it('clamps, sorts and merges hostile ranges', () => {
    expect(splitHighlight('abcdef', [[4, 99], [-3, 1], [0, 2], [3, 3], [1.5, 2] as [number, number]])).toEqual([
      { text: 'ab', hit: true },
      { text: 'cd', hit: false },
      { text: 'ef', hit: true },
    ]);
  });
  it('never splits a surrogate pair', () => {
    const s = 'a𠀋b';
    const segs = splitHighlight(s, [[2, 3]]);
    expect(segs.map((x) => x.text).join('')).toBe(s);
    expect(segs.find((x) => x.hit)?.text).toBe('𠀋');
    expect(splitHighlight('', [[0, 5]])).toEqual([{ text: '', hit: false }]);
  });
});

describe('pickText', () => {
  it('falls back to Chinese, visibly, when a translation is missing or blank', () => {
    expect(pickText({ zh: '英雄', en: 'Hero' }, 'en')).toEqual({ text: 'Hero', lang: 'en', fallback: false });
    expect(pickText({ zh: '英雄', en: '  ' }, 'en')).toEqual({ text: '英雄', lang: 'zh', fallback: true });
    expect(pickText({ zh: '英雄' }, 'mn')).toEqual({ text: '英雄', lang: 'zh', fallback: true });
    expect(pickText({ zh: '' }, 'mn')).toEqual({ text: '', lang: 'zh', fallback: false });
    expect(pickText(undefined, 'en')).toEqual({ text: '', lang: 'zh', fallback: false });
  });
  it('shows a name, else a title', () => {
    expect(displayName({ name: { zh: '' }, title: { zh: '大事', en: 'Event' } }, 'en').text).toBe('Event');
    expect(displayName({ name: { zh: '曾立峰', en: 'Zeng Lifeng' }, title: { zh: 'x' } }, 'en').text).toBe('Zeng Lifeng');
  });
});

describe('dates and figures', () => {
  const t: Translate = (key, v) => `${key}|${Object.entries(v).map(([k, x]) => `${k}=${x}`).join(',')}`;
  it('formats each precision, and nothing for unknown or malformed dates', () => {
    expect(formatPartialDate('1998', 'zh', t)).toBe('date.y|y=1998');
    expect(formatPartialDate('1998-03', 'en', t)).toBe('date.ym|y=1998,m=3,month=March');
    expect(formatPartialDate('1998-03-12', 'zh', t)).toBe('date.ymd|y=1998,m=3,d=12,month=3');
    expect(formatPartialDate('1998-13', 'zh', t)).toBe('date.y|y=1998');
    expect(formatPartialDate('98', 'zh', t)).toBe('');
    expect(formatPartialDate(null, 'zh', t)).toBe('');
    expect(formatExhibitDate({ precision: 'unknown', start: null, end: null }, 'zh', t)).toBe('');
    expect(formatExhibitDate({ precision: 'range', start: '1993', end: '2023' }, 'zh', t)).toBe('date.range|start=date.y|y=1993,end=date.y|y=2023');
    expect(startYear({ precision: 'day', start: '2023-08-01', end: null })).toBe(2023);
  });
  it('reads figures the way each language does', () => {
    expect(formatFigure(316_000_000, 'zh')).toBe('3.16亿');
    expect(formatFigure(64_000, 'zh')).toBe('6.4万');
    expect(formatFigure(2646, 'zh')).toBe('2646');
    expect(formatFigure(316_000_000, 'en')).toBe('316 million');
    expect(formatFigure(64_000, 'en')).toBe('64,000');
    expect(formatFigure(64_000, 'mn')).toBe('64\u202f000');
    expect(formatFigure(NaN, 'zh')).toBe('—');
    expect(formatFigure(-20_000, 'zh')).toBe('-2万');
  });
  it('counts up with easing and lands exactly on the value', () => {
    expect(counterValue(716, 0)).toBe(0);
    expect(counterValue(716, 1)).toBe(716);
    expect(counterValue(716, 5)).toBe(716);
    expect(counterValue(716, NaN)).toBe(716);
    const mid = counterValue(716, 0.5);
    expect(mid).toBeGreaterThan(358);
    expect(Number.isInteger(mid)).toBe(true);
    expect(counterValue(Infinity, 0.5)).toBe(0);
  });
});

describe('timeline model', () => {
  const ev = (start: string | null, sample = true, topic = '') => ({ date: { precision: start ? ('year' as const) : ('unknown' as const), start, end: null }, sample, topic });
  it('lists every year from the first event (or thirty years back) to this year, grouped by decade', () => {
    const m = buildTimeline([ev('1994'), ev('2023', false), ev('2023')], 2026);
    expect(m.years[0]!.year).toBe(1994);
    expect(m.years[m.years.length - 1]!.year).toBe(2026);
    expect(m.years.find((y) => y.year === 2023)).toMatchObject({ milestone: true });
    expect(m.years.find((y) => y.year === 2023)!.events).toHaveLength(2);
    expect(m.years.find((y) => y.year === 1994)!.milestone).toBe(false);
    expect(m.decades.map((d) => d.decade)).toEqual([1990, 2000, 2010, 2020]);
    expect(m.decades.flatMap((d) => d.years)).toHaveLength(m.years.length);
  });
  it('ignores undated and absurd events; an empty archive still shows thirty years', () => {
    const m = buildTimeline([ev(null), ev('0001'), ev('9999')], 2026);
    expect(m.years[0]!.year).toBe(1996);
    expect(m.years.every((y) => y.events.length === 0)).toBe(true);
    expect(buildTimeline([], NaN).thisYear).toBe(2024);
  });
  it('groups panels by topic in first-seen order', () => {
    const g = groupByTopic([ev(null, true, 'families'), ev(null, true, 'veterans'), ev(null, true, 'families'), ev(null, true, ' ')]);
    expect(g.map((x) => [x.topic, x.panels.length])).toEqual([
      ['families', 2],
      ['veterans', 1],
      ['other', 1],
    ]);
  });
});
