import { describe, expect, it } from 'vitest';
import { parseDate, parseYear } from '../../../archive/import/normalise/date';

const ok = (s: string) => {
  const r = parseDate(s);
  if (r.kind !== 'ok') throw new Error(`${s}: ${JSON.stringify(r)}`);
  return r.date;
};

describe('parseDate: the forms curators write', () => {
  it.each([
    ['1950', { precision: 'year', start: '1950', end: null }],
    ['1950年', { precision: 'year', start: '1950', end: null }],
    ['１９５０年', { precision: 'year', start: '1950', end: null }],
    ['一九五〇年', { precision: 'year', start: '1950', end: null }],
    ['二〇一九年', { precision: 'year', start: '2019', end: null }],
    ['1950年10月', { precision: 'month', start: '1950-10', end: null }],
    ['1950.10', { precision: 'month', start: '1950-10', end: null }],
    ['1950-10', { precision: 'month', start: '1950-10', end: null }],
    ['1950/10', { precision: 'month', start: '1950-10', end: null }],
    ['一九五〇年十月', { precision: 'month', start: '1950-10', end: null }],
    ['1950年10月1日', { precision: 'day', start: '1950-10-01', end: null }],
    ['1950年10月1号', { precision: 'day', start: '1950-10-01', end: null }],
    ['一九五〇年十月二十一日', { precision: 'day', start: '1950-10-21', end: null }],
    ['1950-10-01', { precision: 'day', start: '1950-10-01', end: null }],
    ['1950.10.1', { precision: 'day', start: '1950-10-01', end: null }],
    ['1950/10/01', { precision: 'day', start: '1950-10-01', end: null }],
    ['19501001', { precision: 'day', start: '1950-10-01', end: null }],
    ['1950-10-01T00:00:00.000Z', { precision: 'day', start: '1950-10-01', end: null }],
    ['October 1950', { precision: 'month', start: '1950-10', end: null }],
    ['1 October 1950', { precision: 'day', start: '1950-10-01', end: null }],
    ['Oct. 1, 1950', { precision: 'day', start: '1950-10-01', end: null }],
    ['13/04/1950', { precision: 'day', start: '1950-04-13', end: null }],
    ['04/13/1950', { precision: 'day', start: '1950-04-13', end: null }],
    ['04/04/1950', { precision: 'day', start: '1950-04-04', end: null }],
    ['10/1950', { precision: 'month', start: '1950-10', end: null }],
    ['1950年代', { precision: 'range', start: '1950', end: '1959' }],
    ['1950s', { precision: 'range', start: '1950', end: '1959' }],
    ['1950—1953', { precision: 'range', start: '1950', end: '1953' }],
    ['1950-1953', { precision: 'range', start: '1950', end: '1953' }],
    ['1950～1953年', { precision: 'range', start: '1950', end: '1953' }],
    ['1950年至1953年', { precision: 'range', start: '1950', end: '1953' }],
    ['1950-53', { precision: 'range', start: '1950', end: '1953' }],
    ['1950.10—1953.7', { precision: 'range', start: '1950-10', end: '1953-07' }],
    ['1950年10月至12月', { precision: 'range', start: '1950-10', end: '1950-12' }],
    ['1950年10月1日至5日', { precision: 'range', start: '1950-10-01', end: '1950-10-05' }],
    ['民国38年', { precision: 'year', start: '1949', end: null }],
  ])('%s', (input, want) => {
    expect(ok(input)).toEqual(want);
  });

  it('keeps notes for what it had to simplify, never silently', () => {
    const approx = parseDate('约1950年');
    expect(approx.kind === 'ok' && approx.date.start === '1950' && approx.notes.length === 1).toBe(true);
    const season = parseDate('1950年春');
    expect(season.kind === 'ok' && season.notes[0]!.message).toMatch(/春/);
    const serial = parseDate('18537');
    expect(serial.kind === 'ok' && serial.date.start).toBe('1950-10-01');
    expect(serial.kind === 'ok' && serial.notes[0]!.message).toMatch(/Excel/);
  });

  it('reports a day/month order it cannot know instead of guessing', () => {
    const r = parseDate('03/04/1950');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.candidates).toEqual(['1950-04-03', '1950-03-04']);
    expect(r.suggestion).toContain('1950-04-03');
    expect(parseDate('50年代').kind).toBe('ambiguous');
  });

  it.each([
    ['1950-02-30', /not a real day/],
    ['1950-13', /no month 13/],
    ['1753', /outside/],
    ['1953—1950', /ends .* before it starts/],
    ['1955年代', /decade/],
    ['昨天', /not a date/],
    ['1950年10月32日', /not a real day/],
  ])('refuses %s with a reason', (input, why) => {
    const r = parseDate(input);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.message).toMatch(why);
  });

  it('treats the usual "unknown" words as empty', () => {
    for (const s of ['', '  ', '不详', '未知', 'unknown', '-', '？']) expect(parseDate(s).kind).toBe('empty');
  });

  it('survives hostile input', () => {
    for (const s of ['\u0000\u0001', '9'.repeat(5000), '年'.repeat(1000), '1950'.repeat(300), '—'.repeat(200), '\uD800', '0/0/0000']) {
      expect(['invalid', 'empty', 'ambiguous', 'ok']).toContain(parseDate(s).kind);
    }
  });
});

describe('parseYear', () => {
  it('reduces any single date to its year and refuses spans', () => {
    expect(parseYear('一九五〇年十月')).toEqual({ kind: 'ok', year: 1950, notes: [] });
    expect(parseYear('1950年代').kind).toBe('invalid');
    expect(parseYear('').kind).toBe('empty');
  });
});
