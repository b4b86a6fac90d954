import type { ExhibitInputRaw, LocalText } from '../api/contract';
import type { ArtJob } from './art/render';
import { CATEGORIES } from './content/categories';
import { DEMO_COLLECTIONS, type DemoCollection } from './content/collections';
import { FACT_TITLES } from './content/fact-titles';
import { FIGURE_LABELS } from './content/figure-labels';
import { SAMPLE_ALBUMS } from './content/albums';
import { SAMPLE_EVENTS } from './content/sample-events';
import { SAMPLE_PEOPLE } from './content/people';
import { ETHNICITIES, HOMETOWNS } from './content/places';
import { mn } from './content/mn';
import { TOPIC_ORDER, TOPICS } from './content/topics';
import { facts as reported, type FactsFile } from './facts';
import type { z } from 'zod';

/** A picture with the text stored on its media row. */
export interface PlannedMedia {
  art: ArtJob;
  alt: LocalText;
  caption: LocalText;
  credit: string;
  sample: boolean;
}

/** An exhibit whose photos are named by art key; the build swaps keys for hashes once they are drawn. */
export interface PlannedExhibit {
  input: Omit<ExhibitInputRaw, 'media' | 'cover'>;
  media: string[];
}

export interface PlannedFigure {
  key: string;
  value: number;
  caption: LocalText;
  unit: LocalText;
  source: string;
  sortOrder: number;
}

export interface DemoPlan {
  collections: (DemoCollection & { sortOrder: number; needsReview: string[] })[];
  media: PlannedMedia[];
  exhibits: PlannedExhibit[];
  figures: PlannedFigure[];
}

export const SAMPLE_CREDIT = '示例内容 / Sample content';
const SAMPLE_CREDIT_TEXT: LocalText = { zh: '示例内容', en: 'Sample content', mn: mn('ᠵᠢᠱᠢᠶ~ᠡ ᠠᠭᠤᠯᠭ~ᠠ') };
const ILLUSTRATION_CREDIT = '示意插图（演示绘制） / Illustration drawn for the demo';
const SAMPLE_NOTE: LocalText = { zh: '【示例人物：姓名与事迹均为演示而虚构。】', en: '[Sample person: the name and story are invented for the demonstration.]' };
const BRANCH_TAG = { army: '陆军', navy: '海军', airforce: '空军', police: '武警', militia: '民兵', border: '边防', veteran: '退役军人', spouse: '军属' } as const;

function joinText(a: LocalText, b: LocalText): LocalText {
  const out: LocalText = { zh: `${a.zh}\n\n${b.zh}` };
  if (a.en && b.en) out.en = `${a.en}\n\n${b.en}`;
  return out;
}

function reportCredit(f: z.infer<typeof FactsFile>): LocalText {
  return { zh: '据2024年关于赤峰市双拥工作的新闻报道', en: f.source };
}

/**
 * The whole demo archive as data: what to draw, which exhibits and figures to write, in a fixed order.
 * Pure, so the content rules (every dated fact at its year, every figure present, sample marks) are tested
 * without drawing a single picture.
 */
export function demoPlan(f: z.infer<typeof FactsFile> = reported): DemoPlan {
  const media: PlannedMedia[] = [];
  const exhibits: PlannedExhibit[] = [];
  const addMedia = (m: PlannedMedia) => {
    if (!media.some((x) => x.art.key === m.art.key)) media.push(m);
    return m.art.key;
  };

  // 英模肖像: sample people.
  SAMPLE_PEOPLE.forEach((p, i) => {
    const backdrop = SAMPLE_PEOPLE.slice(0, i).filter((q) => q.branch === p.branch).length;
    const keys = [
      addMedia({
        art: { key: `portrait-${p.id}`, kind: 'portrait', spec: { seed: p.id, branch: p.branch, gender: p.gender, age: p.age, era: p.era, medals: p.medals, backdrop } },
        alt: { zh: `示例肖像（绘制）：${p.name.zh}`, en: `Sample portrait (drawn): ${p.name.en}` },
        caption: { zh: `${p.name.zh}（示例人物）`, en: `${p.name.en} (sample person)` },
        credit: SAMPLE_CREDIT,
        sample: true,
      }),
    ];
    if (p.scene) {
      keys.push(
        addMedia({
          art: { key: `scene-${p.id}`, kind: 'photo', spec: { seed: `${p.id}-scene`, scene: p.scene.scene, sepia: p.era === 'sepia' ? 0.9 : p.era === 'muted' ? 0.6 : 0.3, border: p.era !== 'colour' } },
          alt: { zh: `示例图片（绘制）：${p.scene.caption.zh.replace(/^示例照片：/, '')}`, en: `Sample picture (drawn): ${p.scene.caption.en?.replace(/^Sample photo: /, '') ?? ''}` },
          caption: p.scene.caption,
          credit: SAMPLE_CREDIT,
          sample: true,
        }),
      );
    }
    const ethnicity = ETHNICITIES[p.ethnicity];
    const review = ['ethnicity.mn', 'credit.mn', ...(p.name.mn ? ['name.mn'] : [])];
    exhibits.push({
      input: {
        uid: `demo-person-${p.id}`,
        collection: 'heroes',
        kind: 'person',
        status: 'published',
        sample: true,
        sortOrder: (i + 1) * 10,
        name: p.name,
        birthYear: p.birth,
        deathYear: p.death ?? null,
        hometown: HOMETOWNS[p.hometown],
        ethnicity,
        unit: p.unit,
        honours: p.honours,
        body: joinText(p.story, SAMPLE_NOTE),
        credit: SAMPLE_CREDIT_TEXT,
        rights: '演示用示例，并非真实人物',
        tags: [CATEGORIES[p.category].zh, BRANCH_TAG[p.branch]],
        needsReview: review,
      },
      media: keys,
    });
  });

  // 老兵影像展: sample albums.
  SAMPLE_ALBUMS.forEach((a, i) => {
    const keys = a.pictures.map((pic, k) =>
      addMedia({
        art:
          pic.kind === 'scene'
            ? { key: `album-${a.id}-${k + 1}`, kind: 'photo', spec: { seed: `${a.id}-${k}`, scene: pic.scene, sepia: pic.sepia, border: pic.border } }
            : { key: `album-${a.id}-${k + 1}`, kind: 'studio', spec: { seed: `${a.id}-${k}`, branch: pic.branch, gender: pic.gender, age: 'old', era: 'sepia', medals: 2 + (k % 4) } },
        alt: { zh: `示例图片（绘制）：${pic.caption.zh.replace(/^示例(照片|肖像)：/, '')}`, en: `Sample picture (drawn): ${pic.caption.en?.replace(/^Sample (photo|portrait): /, '') ?? ''}` },
        caption: pic.caption,
        credit: SAMPLE_CREDIT,
        sample: true,
      }),
    );
    exhibits.push({
      input: {
        uid: `demo-album-${a.id}`,
        collection: 'veterans',
        kind: 'album',
        status: 'published',
        sample: true,
        sortOrder: (i + 1) * 10,
        title: a.title,
        body: a.body,
        date: { precision: 'range', start: String(a.years[0]), end: String(a.years[1]) },
        credit: SAMPLE_CREDIT_TEXT,
        rights: '演示用示例图片（绘制）',
        tags: ['老兵影像'],
        needsReview: ['credit.mn', ...(a.title.mn ? ['title.mn'] : [])],
      },
      media: keys,
    });
  });

  // 双拥三十年: every reported fact, dated ones as events at their year and the rest as themed panels.
  const place: LocalText = { zh: f.city.name.zh, en: f.city.name.en, ...(f.city.name.mn ? { mn: f.city.name.mn } : {}) };
  f.facts.forEach((fact, i) => {
    const topic = TOPICS[fact.topic];
    if (!topic) throw new Error(`fact ${fact.id} has topic "${fact.topic}", which the demo has no panel group for`);
    const title = FACT_TITLES[fact.id];
    if (!title) throw new Error(`fact ${fact.id} has no headline in fact-titles.ts`);
    const key = fact.year
      ? addMedia({
          art: { key: `event-${fact.id}`, kind: 'poster', spec: { seed: fact.id, emblem: topic.emblem, year: fact.year, tone: 'fact' } },
          alt: { zh: `示意图：${fact.year}年与“${topic.zh}”徽记`, en: `Illustration: the year ${fact.year} with the emblem for “${topic.en}”` },
          caption: { zh: `${fact.year}年`, en: String(fact.year) },
          credit: ILLUSTRATION_CREDIT,
          sample: false,
        })
      : addMedia({
          art: { key: `panel-${fact.topic}`, kind: 'poster', spec: { seed: fact.topic, emblem: topic.emblem, tone: 'panel' } },
          alt: { zh: `示意图：“${topic.zh}”徽记`, en: `Illustration: the emblem for “${topic.en}”` },
          caption: { zh: topic.zh, en: topic.en },
          credit: ILLUSTRATION_CREDIT,
          sample: false,
        });
    const body = { zh: fact.zh, en: fact.en };
    if (fact.motto) {
      body.zh += `\n\n“${fact.motto.zh}”`;
      body.en += `\n\n“${fact.motto.en}”`;
    }
    exhibits.push({
      input: {
        uid: `fact-${fact.id}`,
        collection: 'history',
        kind: fact.year ? 'event' : 'panel',
        status: 'published',
        sample: false,
        sortOrder: fact.year ? i : TOPIC_ORDER.indexOf(fact.topic) * 100 + i,
        title,
        place,
        body,
        topic: fact.topic,
        date: fact.year ? { precision: 'year', start: String(fact.year), end: null } : { precision: 'unknown', start: null, end: null },
        credit: reportCredit(f),
        rights: '事实据新闻报道；配图为演示绘制',
        tags: [topic.zh],
        needsReview: place.mn ? ['place.mn'] : [],
      },
      media: [key],
    });
  });

  // Sample events fill other years of the thirty, with the same sample mark as sample people.
  SAMPLE_EVENTS.forEach((ev) => {
    const topic = TOPICS[ev.topic];
    if (!topic) throw new Error(`sample event ${ev.id} has unknown topic "${ev.topic}"`);
    const key = addMedia({
      art: { key: `sample-event-${ev.id}`, kind: 'poster', spec: { seed: ev.id, emblem: ev.emblem, year: ev.year, tone: 'sample' } },
      alt: { zh: `示例插图：${ev.year}年`, en: `Sample illustration: ${ev.year}` },
      caption: { zh: `${ev.year}年（示例）`, en: `${ev.year} (sample)` },
      credit: SAMPLE_CREDIT,
      sample: true,
    });
    exhibits.push({
      input: {
        uid: `demo-event-${ev.id}`,
        collection: 'history',
        kind: 'event',
        status: 'published',
        sample: true,
        sortOrder: 1000,
        title: ev.title,
        body: ev.body,
        topic: ev.topic,
        date: { precision: 'year', start: String(ev.year), end: null },
        credit: SAMPLE_CREDIT_TEXT,
        rights: '演示用示例条目，并非真实事件',
        tags: [topic.zh],
        needsReview: ['credit.mn'],
      },
      media: [key],
    });
  });

  // Achievements in numbers: every figure in the facts file, in the curated order.
  const labels = new Map(FIGURE_LABELS);
  const order = new Map(FIGURE_LABELS.map(([k], i) => [k, i]));
  const figures: PlannedFigure[] = [];
  for (const fact of f.facts) {
    for (const [name, value] of Object.entries(fact.figures ?? {})) {
      const key = `${fact.id}.${name}`;
      const label = labels.get(key);
      if (!label) throw new Error(`figure ${key} has no caption in figure-labels.ts`);
      figures.push({ key, value, caption: label.caption, unit: label.unit, source: fact.id, sortOrder: (order.get(key)! + 1) * 10 });
    }
  }
  figures.sort((a, b) => a.sortOrder - b.sortOrder);

  return {
    collections: DEMO_COLLECTIONS.map((c, i) => ({ ...c, sortOrder: i + 1, needsReview: ['title.mn', 'description.mn'] })),
    media,
    exhibits,
    figures,
  };
}
