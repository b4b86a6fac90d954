import type { SourceDoc } from './doc-source';
import { fold } from './fold';
import { surnameExtras } from './pinyin/readings';

/** Field groups, in rank order: a match in the name beats one in the title, which beats the rest. */
export const G_NAME = 0;
export const G_TITLE = 1;
/** Short fields (hometown, ethnicity, unit, honours, place, tags), one per line. */
export const G_SHORT = 2;
/** Long text: the story and photo captions. */
export const G_LONG = 3;
export const ZH_GROUPS = 4;
/** Translated text has three groups: name, title, everything else. */
export const WORD_GROUPS = 3;

/** One exhibit as the index holds it: folded text by group plus what filters and facets need. */
export interface IndexedDoc {
  id: number;
  collectionId: number;
  published: boolean;
  decade: number | null;
  tags: readonly string[];
  zh: readonly [string, string, string, string];
  words: readonly [string, string, string];
  /** Extra readings for the first characters of the name when it is read as a surname (单 → shan). */
  surname: readonly (readonly string[])[];
}

/** Folds each part on its own (folding turns line breaks into spaces) and keeps one part per line. */
const lines = (parts: readonly string[]) => parts.map((p) => fold(p).trim()).filter(Boolean).join('\n');

export function toIndexedDoc(src: SourceDoc): IndexedDoc {
  const z = src.zh;
  const tr = (lang: 'en' | 'mn', pick: (field: string) => boolean) =>
    src.translations.filter((t) => t.lang === lang && pick(t.field)).map((t) => t.value);
  const wordGroup = (pick: (field: string) => boolean) => lines([...tr('en', pick), ...tr('mn', pick)]);
  const name = fold(z.name).trim();
  return {
    id: src.id,
    collectionId: src.collectionId,
    published: src.published,
    decade: src.year === null ? null : Math.floor(src.year / 10) * 10,
    tags: src.tags,
    zh: [name, fold(z.title).trim(), lines([z.hometown, z.ethnicity, z.unit, z.honours, z.place, ...src.tags]), lines([z.body, ...src.captions])],
    words: [wordGroup((f) => f === 'name'), wordGroup((f) => f === 'title'), wordGroup((f) => f !== 'name' && f !== 'title')],
    surname: surnameExtras(name),
  };
}

/** Code points of a string, as numbers. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}
