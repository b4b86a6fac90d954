import type { Highlight } from '../api/contract/search';
import { codePoints } from './doc';
import type { SourceDoc, ZhField } from './doc-source';
import { fold, foldWithOrigin } from './fold';
import { matchPinyin } from './pinyin/match';
import type { PinyinQuery } from './pinyin/query';
import { surnameExtras } from './pinyin/readings';
import { atWordStart, hasWordPrefix } from './paths/words';

/** What was searched for, in the forms each match path uses. */
export interface QueryForms {
  /** The normalised query, matched as a substring of folded Chinese text. */
  text: string;
  pinyin: PinyinQuery | null;
  /** Query words matched as word prefixes in translated text. */
  words: string[];
}

type Range = [number, number];
type Field = Highlight['field'];

const ZH_ORDER: [ZhField, Field][] = [
  ['name', 'name'],
  ['title', 'title'],
  ['unit', 'unit'],
  ['honours', 'honours'],
  ['hometown', 'hometown'],
  ['ethnicity', 'ethnicity'],
  ['place', 'place'],
];
const EXCERPT = 72;
const LEAD = 16;
const MAX_HIGHLIGHTS = 4;

/**
 * Where the query matched in one exhibit, best fields first, with short excerpts for long text. Ranges are
 * UTF-16 offsets into the excerpt and always fall on code point boundaries (a character outside the Basic
 * Multilingual Plane is never cut in half), because they are mapped back from the folded text one code
 * point at a time. Fields are tested on their folded text first; only a matching field pays for the map.
 */
export function highlightsFor(doc: SourceDoc, q: QueryForms): Highlight[] {
  const out: Highlight[] = [];
  const add = (field: Field, lang: Highlight['lang'], text: string, ranges: Range[]) => {
    if (ranges.length && out.length < MAX_HIGHLIGHTS) out.push(excerpt(field, lang, text, ranges));
  };
  const zh = (field: Field, text: string, pinyin: boolean, isName = false) => {
    if (!text || out.length >= MAX_HIGHLIGHTS) return;
    const folded = fold(text);
    if (q.text && folded.includes(q.text)) add(field, 'zh', text, substringRanges(text, q.text));
    else if (pinyin && q.pinyin) add(field, 'zh', text, pinyinRange(text, folded, q.pinyin, isName));
  };
  for (const [f, field] of ZH_ORDER) zh(field, doc.zh[f], true, f === 'name');
  for (const tag of doc.tags) zh('tags', tag, true);
  zh('body', doc.zh.body, false);
  for (const c of doc.captions) zh('caption', c, false);
  if (q.words.length) {
    for (const t of doc.translations) {
      if (out.length >= MAX_HIGHLIGHTS) break;
      const folded = fold(t.value);
      if (!q.words.some((w) => hasWordPrefix(folded, w))) continue;
      const field: Field = t.field === 'caption' ? 'caption' : (ZH_ORDER.find(([f]) => f === t.field)?.[1] ?? 'body');
      add(field, t.lang, t.value, wordRanges(t.value, q.words));
    }
  }
  return out;
}

/** Every non-overlapping occurrence of the folded needle, as ranges of the original text. */
export function substringRanges(text: string, needle: string): Range[] {
  if (!needle || !text) return [];
  const { folded, from, to } = foldWithOrigin(text);
  const out: Range[] = [];
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    out.push([from[at]!, to[at + needle.length - 1]!]);
  }
  return merge(out);
}

function pinyinRange(text: string, folded: string, q: PinyinQuery, isName: boolean): Range[] {
  const cps = codePoints(folded);
  const m = matchPinyin(cps, isName ? surnameExtras(folded.trim()) : undefined, q);
  if (!m) return [];
  const origin = foldWithOrigin(text);
  const unitAt: number[] = [];
  for (let i = 0, u = 0; i < cps.length; i++) {
    unitAt.push(u);
    u += cps[i]! > 0xffff ? 2 : 1;
  }
  const lastUnit = m.end < cps.length ? unitAt[m.end]! - 1 : origin.folded.length - 1;
  return [[origin.from[unitAt[m.start]!]!, origin.to[lastUnit]!]];
}

function wordRanges(text: string, words: readonly string[]): Range[] {
  const { folded, from, to } = foldWithOrigin(text);
  const out: Range[] = [];
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      if (atWordStart(folded, at)) out.push([from[at]!, to[at + w.length - 1]!]);
    }
  }
  return merge(out.sort((a, b) => a[0] - b[0]));
}

function merge(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Cuts long text to a window that starts a little before the first match, on code point boundaries. */
function excerpt(field: Field, lang: Highlight['lang'], text: string, ranges: Range[]): Highlight {
  if (text.length <= EXCERPT) return { field, lang, text, ranges };
  let start = Math.max(0, ranges[0]![0] - LEAD);
  if (isLowSurrogate(text.charCodeAt(start))) start--;
  let end = Math.min(text.length, start + EXCERPT);
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shift = lead.length - start;
  const inside = ranges.filter(([s]) => s >= start && s < end).map(([s, e]): Range => [s + shift, Math.min(e, end) + shift]);
  return { field, lang, text: lead + text.slice(start, end) + tail, ranges: inside };
}

function isLowSurrogate(cu: number): boolean {
  return cu >= 0xdc00 && cu <= 0xdfff;
}
