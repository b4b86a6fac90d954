import { describe, expect, it } from 'vitest';
import { demoPlan, SAMPLE_CREDIT, type PlannedExhibit } from '../../../archive/demo/plan';
import { facts } from '../../../archive/demo/facts';

const plan = demoPlan();
const inCollection = (slug: string) => plan.exhibits.filter((e) => e.input.collection === slug);
const text = (e: PlannedExhibit, field: 'name' | 'title' | 'body' | 'hometown' | 'unit' | 'honours' | 'ethnicity') => e.input[field] as { zh: string; en?: string; mn?: string } | undefined;
const MONGOLIAN = /[\u1800-\u18af]/;

describe('the demo plan: three galleries', () => {
  it('has heroes (portraits), veterans (photos) and history (timeline), each titled in zh, en and mn awaiting review', () => {
    expect(plan.collections.map((c) => [c.slug, c.layout])).toEqual([
      ['heroes', 'portraits'],
      ['veterans', 'photos'],
      ['history', 'timeline'],
    ]);
    for (const c of plan.collections) {
      for (const t of [c.title, c.description]) {
        expect(t.zh.length).toBeGreaterThan(2);
        expect(t.en?.length).toBeGreaterThan(2);
        expect(t.mn).toMatch(MONGOLIAN);
        // The source shorthand ("-" for U+202F, "~" for U+180E) never leaks into stored text.
        expect(t.mn).not.toMatch(/[-~]/);
      }
      expect(c.needsReview).toEqual(['title.mn', 'description.mn']);
    }
  });
});

describe('英模肖像: sample people', () => {
  const people = inCollection('heroes');

  it('has at least 24 people, all marked sample, each with a portrait', () => {
    expect(people.length).toBeGreaterThanOrEqual(24);
    for (const p of people) {
      expect(p.input).toMatchObject({ kind: 'person', status: 'published', sample: true, credit: { zh: '示例内容', en: 'Sample content' } });
      expect(p.media.length).toBeGreaterThanOrEqual(1);
      expect(p.media[0]).toMatch(/^portrait-/);
      expect(text(p, 'body')!.zh).toContain('示例人物');
      expect(text(p, 'body')!.en).toContain('Sample person');
    }
  });

  it('gives every person plausible fields in zh and en', () => {
    const ethnicities = new Set<string>();
    for (const p of people) {
      const { birthYear, deathYear } = p.input;
      expect(birthYear).toBeGreaterThanOrEqual(1920);
      expect(birthYear).toBeLessThanOrEqual(2004);
      if (deathYear != null) expect(deathYear).toBeGreaterThan(birthYear!);
      expect(text(p, 'hometown')!.zh).toMatch(/^赤峰市(红山区|元宝山区|松山区|宁城县|林西县|阿鲁科尔沁旗|巴林左旗|巴林右旗|克什克腾旗|翁牛特旗|喀喇沁旗|敖汉旗)$/);
      ethnicities.add(text(p, 'ethnicity')!.zh);
      for (const f of ['name', 'hometown', 'ethnicity', 'unit', 'honours', 'body'] as const) {
        expect(text(p, f)!.zh.trim(), `${p.input.uid} ${f}`).not.toBe('');
        expect(text(p, f)!.en?.trim(), `${p.input.uid} ${f}.en`).toBeTruthy();
      }
      expect(p.input.tags?.length).toBeGreaterThanOrEqual(1);
    }
    expect([...ethnicities].sort()).toEqual(['回族', '汉族', '满族', '蒙古族']);
  });

  it('has names search can be shown on: polyphonic surnames, two- and three-character and Mongolian names', () => {
    const names = people.map((p) => text(p, 'name')!.zh);
    for (const surname of ['单', '曾', '解', '仇', '区']) expect(names.some((n) => n.startsWith(surname)), surname).toBe(true);
    expect(names.filter((n) => n.length === 2).length).toBeGreaterThanOrEqual(3);
    expect(names.filter((n) => n.length === 3).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => n.length >= 4).length).toBeGreaterThanOrEqual(1);
    expect(new Set(names).size).toBe(names.length);
    const mongolian = people.filter((p) => text(p, 'name')!.mn);
    expect(mongolian.length).toBeGreaterThanOrEqual(5);
    for (const p of mongolian) {
      expect(text(p, 'name')!.mn).toMatch(MONGOLIAN);
      expect(p.input.needsReview).toContain('name.mn');
    }
  });

  it('covers the kinds of portraits the report names', () => {
    const tags = new Set(people.flatMap((p) => p.input.tags ?? []));
    for (const t of ['解放军英模', '戍边英雄', '最美退役军人', '最美军嫂']) expect(tags.has(t), t).toBe(true);
  });
});

describe('老兵影像展: sample albums', () => {
  it('has at least two albums with at least twelve photos together, all sample', () => {
    const albums = inCollection('veterans');
    expect(albums.length).toBeGreaterThanOrEqual(2);
    expect(albums.reduce((n, a) => n + a.media.length, 0)).toBeGreaterThanOrEqual(12);
    for (const a of albums) {
      expect(a.input).toMatchObject({ kind: 'album', sample: true, status: 'published' });
      expect(text(a, 'title')!.mn).toMatch(MONGOLIAN);
      for (const key of a.media) expect(plan.media.find((m) => m.art.key === key)).toMatchObject({ sample: true, credit: SAMPLE_CREDIT });
    }
  });
});

describe('双拥三十年: reported facts and sample events', () => {
  const history = inCollection('history');

  it('places every dated fact at its own year, as a real (not sample) event', () => {
    const dated = facts.facts.filter((f) => f.year !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    for (const f of dated) {
      const e = history.find((x) => x.input.uid === `fact-${f.id}`)!;
      expect(e.input).toMatchObject({ kind: 'event', sample: false, topic: f.topic, date: { precision: 'year', start: String(f.year), end: null } });
      expect(text(e, 'body')!.zh).toContain(f.zh);
      expect(text(e, 'body')!.en).toContain(f.en);
    }
  });

  it('puts every undated fact on a themed panel with no year at all', () => {
    for (const f of facts.facts.filter((x) => x.year === undefined)) {
      const e = history.find((x) => x.input.uid === `fact-${f.id}`)!;
      expect(e.input).toMatchObject({ kind: 'panel', sample: false, topic: f.topic, date: { precision: 'unknown', start: null, end: null } });
    }
    expect(history.filter((e) => e.input.uid.startsWith('fact-')).length).toBe(facts.facts.length);
  });

  it('fills other years only with sample events inside the thirty years, marked as samples in their titles too', () => {
    const samples = history.filter((e) => !e.input.uid.startsWith('fact-'));
    expect(samples.length).toBeGreaterThanOrEqual(8);
    const reportedYears = new Set(facts.facts.flatMap((f) => (f.year ? [String(f.year)] : [])));
    for (const e of samples) {
      expect(e.input).toMatchObject({ kind: 'event', sample: true, date: { precision: 'year' } });
      const year = Number(e.input.date!.start);
      expect(year).toBeGreaterThanOrEqual(1993);
      expect(year).toBeLessThanOrEqual(2024);
      expect(reportedYears.has(String(year))).toBe(false);
      expect(text(e, 'title')!.zh).toContain('（示例）');
      expect(text(e, 'title')!.en).toContain('(sample)');
      for (const key of e.media) expect(plan.media.find((m) => m.art.key === key)!.sample).toBe(true);
    }
  });
});

describe('achievements in numbers', () => {
  it('has every figure of the facts file with its reported value, a caption and a unit', () => {
    const expected = facts.facts.flatMap((f) => Object.entries(f.figures ?? {}).map(([k, v]) => [`${f.id}.${k}`, v] as const));
    expect(plan.figures.map((f) => [f.key, f.value]).sort()).toEqual([...expected].sort());
    for (const f of plan.figures) {
      expect(f.caption.zh.length).toBeGreaterThan(2);
      expect(f.caption.en?.length).toBeGreaterThan(2);
      expect(f.unit.zh.length).toBeGreaterThan(0);
      expect(f.unit.en?.length).toBeGreaterThan(0);
      expect(f.source).toBe(f.key.split('.')[0]);
    }
    const order = plan.figures.map((f) => f.sortOrder);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });
});

describe('pictures', () => {
  it('every exhibit names pictures the plan draws, each drawn once', () => {
    const keys = plan.media.map((m) => m.art.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of plan.exhibits) for (const k of e.media) expect(keys, `${e.input.uid} → ${k}`).toContain(k);
    expect(new Set(plan.exhibits.flatMap((e) => e.media)).size).toBe(keys.length);
  });

  it('gives every picture alt text and a caption in zh and en', () => {
    for (const m of plan.media) {
      expect(m.alt.zh && m.alt.en && m.caption.zh && m.caption.en, m.art.key).toBeTruthy();
      expect(m.credit).toBeTruthy();
    }
  });
});

describe('a facts file the demo cannot place is refused with a clear message', () => {
  it('an unknown topic', () => {
    const bad = { ...facts, facts: [...facts.facts, { id: 'new-fact', topic: 'weather', zh: '新事实', en: 'A new fact' }] };
    expect(() => demoPlan(bad)).toThrow('fact new-fact has topic "weather", which the demo has no panel group for');
  });

  it('a fact without a headline', () => {
    const bad = { ...facts, facts: [...facts.facts, { id: 'new-fact', topic: 'history', zh: '新事实', en: 'A new fact' }] };
    expect(() => demoPlan(bad)).toThrow('fact new-fact has no headline in fact-titles.ts');
  });

  it('a figure without a caption', () => {
    const [first, ...rest] = facts.facts;
    const bad = { ...facts, facts: [{ ...first!, figures: { ...first!.figures, mystery: 7 } }, ...rest] };
    expect(() => demoPlan(bad)).toThrow(`figure ${first!.id}.mystery has no caption in figure-labels.ts`);
  });
});
