import { codePoints } from './doc';
import { readingsAt, type Extras } from './pinyin/match';
import { surnameExtras } from './pinyin/readings';
import { PostingMap, type PostingStore } from './postings';

/**
 * A distinct short text: a name, a title or one short field value. Short fields repeat across many
 * exhibits (赤峰市红山区, 一等功, a unit), names and titles often do (an author's name on 1,000 poems), so
 * substring and pinyin keys and matching work on distinct texts, and fan out to exhibits through their
 * exhibit lists afterwards.
 */
export interface Segment {
  id: number;
  text: string;
  /** Names get surname readings at their start (单 → shan); other texts do not. */
  isName: boolean;
  extras: Extras;
  /** Readings of the first character (surname readings included): "does it start with …" without lookups. */
  head: readonly string[];
  /** Exhibit lists in the store: a name's exhibits; or a text's exhibits using it as title, as short field. */
  docs: [number, number];
}

/** Which exhibit list of a segment a use fills. */
export const SLOT_NAME = 0;
export const SLOT_TITLE = 0;
export const SLOT_SHORT = 1;

/** Index keys of one segment. */
export interface SegmentKeys {
  /** Code points, for substring search over names, titles and short fields. */
  chars: Set<number>;
  readings: Set<string>;
  /** Neighbouring characters: first letters ("lb" for 李白), a whole reading and a first letter ("l>bai",
   *  "li<b"), and the first two characters' first letters ("^lb"). */
  pairs: Set<string>;
}

const NO_EXTRAS: Extras = [];

export class SegmentIndex {
  readonly segments: (Segment | undefined)[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly free: number[] = [];
  readonly chars: PostingMap<number>;
  readonly readings: PostingMap<string>;
  /** Reading → segments whose first character is read so (the keyboard's candidates). */
  readonly starts: PostingMap<string>;
  readonly pairs: PostingMap<string>;
  /** Code point / reading → segments used as a short field value (walked for one-key queries). */
  readonly shortChars: PostingMap<number>;
  readonly shortReadings: PostingMap<string>;

  constructor(readonly store: PostingStore) {
    this.chars = new PostingMap(store);
    this.readings = new PostingMap(store);
    this.starts = new PostingMap(store);
    this.pairs = new PostingMap(store);
    this.shortChars = new PostingMap(store);
    this.shortReadings = new PostingMap(store);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The segment for a text used as a name (isName) or otherwise. */
  get(text: string, isName: boolean): Segment | undefined {
    const id = this.byKey.get(keyOf(text, isName));
    return id === undefined ? undefined : this.segments[id];
  }

  /** Records that an exhibit uses a text; returns the segment id. */
  use(text: string, isName: boolean, slot: number, docId: number): number {
    const seg = this.segment(text, isName);
    const list = seg.docs[slot]!;
    if (!isName && slot === SLOT_SHORT && this.store.size[list] === 0) this.listShort(seg, true);
    this.store.add(list, docId);
    return seg.id;
  }

  /** Undoes use(); drops the segment when no exhibit uses it any more. */
  unuse(segId: number, slot: number, docId: number): void {
    const seg = this.segments[segId];
    if (!seg) return;
    const list = seg.docs[slot]!;
    this.store.delete(list, docId);
    if (!seg.isName && slot === SLOT_SHORT && this.store.size[list] === 0) this.listShort(seg, false);
    if (seg.docs.every((l) => l < 0 || this.store.size[l] === 0)) this.drop(seg);
  }

  /** How many exhibits use the segment in a slot. */
  uses(seg: Segment, slot: number): number {
    const list = seg.docs[slot] ?? -1;
    return list < 0 ? 0 : this.store.size[list]!;
  }

  private segment(text: string, isName: boolean): Segment {
    const key = keyOf(text, isName);
    const existing = this.byKey.get(key);
    if (existing !== undefined) return this.segments[existing]!;
    const id = this.free.pop() ?? this.segments.length;
    const extras = isName ? surnameExtras(text) : NO_EXTRAS;
    const cps = codePoints(text);
    const seg: Segment = {
      id,
      text,
      isName,
      extras,
      head: cps.length ? readingsAt(cps, extras, 0) : [],
      docs: [this.store.create(), isName ? -1 : this.store.create()],
    };
    this.segments[id] = seg;
    this.byKey.set(key, id);
    const k = segmentKeys(seg);
    for (const c of k.chars) this.chars.add(c, id);
    for (const r of k.readings) this.readings.add(r, id);
    for (const p of k.pairs) this.pairs.add(p, id);
    for (const r of seg.head) this.starts.add(r, id);
    return seg;
  }

  private drop(seg: Segment): void {
    const k = segmentKeys(seg);
    for (const c of k.chars) this.chars.delete(c, seg.id);
    for (const r of k.readings) this.readings.delete(r, seg.id);
    for (const p of k.pairs) this.pairs.delete(p, seg.id);
    for (const r of seg.head) this.starts.delete(r, seg.id);
    for (const l of seg.docs) if (l >= 0) this.store.release(l);
    this.byKey.delete(keyOf(seg.text, seg.isName));
    this.segments[seg.id] = undefined;
    this.free.push(seg.id);
  }

  /** Adds a segment to (or takes it out of) the short-field lists, as its first (last) short use comes (goes). */
  private listShort(seg: Segment, on: boolean): void {
    const k = segmentKeys(seg);
    for (const c of k.chars) {
      if (on) this.shortChars.add(c, seg.id);
      else this.shortChars.delete(c, seg.id);
    }
    for (const r of k.readings) {
      if (on) this.shortReadings.add(r, seg.id);
      else this.shortReadings.delete(r, seg.id);
    }
  }
}

const keyOf = (text: string, isName: boolean) => `${isName ? 'n' : 'o'}${text}`;

export function segmentKeys(seg: Segment): SegmentKeys {
  const cps = codePoints(seg.text);
  const chars = new Set<number>();
  const readings = new Set<string>();
  const pairs = new Set<string>();
  let prev: readonly string[] = [];
  let prevFirsts: string[] = [];
  for (let i = 0; i < cps.length; i++) {
    if (cps[i] !== 0x20) chars.add(cps[i]!);
    const rs = readingsAt(cps, seg.extras, i);
    const firsts = [...new Set(rs.map((r) => r[0]!))];
    for (const r of rs) readings.add(r);
    for (const a of prevFirsts) {
      for (const b of firsts) {
        pairs.add(letterPair(a, b));
        if (i === 1) pairs.add(startPair(a, b));
      }
      for (const r of rs) pairs.add(letterReading(a, r));
    }
    for (const r of prev) for (const b of firsts) pairs.add(readingLetter(r, b));
    prev = rs;
    prevFirsts = firsts;
  }
  return { chars, readings, pairs };
}

/** Pair keys of neighbouring characters: both first letters ("lb"), or one side's whole reading. */
export const letterPair = (a: string, b: string) => a + b;
/** The first two characters' first letters: "^lb" for 李白, so two typed letters need no alignment. */
export const startPair = (a: string, b: string) => `^${a}${b}`;
export const letterReading = (a: string, reading: string) => `${a}>${reading}`;
export const readingLetter = (reading: string, b: string) => `${reading}<${b}`;
