import { wordsOf } from './doc-keys';
import { normalizeQuery } from './fold';
import type { QueryForms } from './highlight';
import { parsePinyinQuery } from './pinyin/query';

const HAN = /\p{Script=Han}/u;

/** Reads a raw query once into the forms each match path needs. */
export function queryForms(raw: string): QueryForms {
  const text = normalizeQuery(raw);
  return {
    text,
    pinyin: parsePinyinQuery(text),
    // Chinese text is searched by substring; word matching is for translated (en, mn) text.
    words: HAN.test(text) ? [] : [...new Set(wordsOf(text))],
  };
}
