import { G_LONG, G_NAME, G_SHORT, G_TITLE, WORD_GROUPS, type IndexedDoc } from './doc';
import { C_LONG, CHAR_GROUPS, docKeys, longChars, READING_GROUPS } from './doc-keys';
import { surnameExtras } from './pinyin/readings';
import { PostingMap, PostingStore } from './postings';
import { SegmentIndex, SLOT_NAME, SLOT_SHORT, SLOT_TITLE } from './segment-index';

/** Marks an exhibit without a year in `decade`. */
export const NO_DECADE = -32768;
/** Separates translated groups in the one stored string per exhibit; folding never produces it. */
const GROUP_BREAK = '\u0001';

/**
 * The in-memory search index: for every key, the sorted ids of the exhibits (or distinct short texts) that
 * have it, all lists in one PostingStore.
 * - segments: each distinct name, title and short field value once, with its characters, pinyin readings
 *   and neighbouring initials, and the exhibits that use it (queries of several characters or syllables);
 * - chars / readings: each character and pinyin reading per exhibit and field group (queries of one
 *   character or one syllable, which match too many distinct names and titles to walk them one by one);
 * - words / wholeWords: translated (en, mn) word prefixes and words, per group.
 * Per exhibit it keeps only what queries and removal need: the long Chinese text, the translated text,
 * which segments it uses, and filter values in typed arrays. Exhibits are added and removed one at a
 * time, so the index follows edits without rebuilding.
 */
export class InvertedIndex {
  readonly store = new PostingStore();
  readonly segments = new SegmentIndex(this.store);
  readonly chars = Array.from({ length: CHAR_GROUPS }, () => new PostingMap<number>(this.store));
  readonly readings = Array.from({ length: READING_GROUPS }, () => new PostingMap<string>(this.store));
  readonly words = Array.from({ length: WORD_GROUPS }, () => new PostingMap<string>(this.store));
  readonly wholeWords = Array.from({ length: WORD_GROUPS }, () => new PostingMap<string>(this.store));
  /** Translated words and how many exhibits use each: the dictionary for "did you mean". */
  readonly vocabulary = new Map<string, number>();
  /** The vocabulary sorted, for "every word beginning with …"; null until first needed after a rebuild. */
  private sortedWords: string[] | null = null;

  /** Per exhibit id. */
  live = new Uint8Array(1024);
  collection = new Int32Array(1024);
  decade = new Int16Array(1024);
  published = new Uint8Array(1024);
  /** First letters (bit 0 = a … bit 25 = z) of the readings in the name's first character, the name, the
   *  title and the short fields: a one-letter query is a scan over these, not a union of long lists. */
  letters = [new Int32Array(1024), new Int32Array(1024), new Int32Array(1024), new Int32Array(1024)];
  /** Which distinct set of tags (index into tagSets); facets count sets, then tags. */
  tagSet = new Int32Array(1024);
  private nameSeg = new Int32Array(1024);
  private titleSeg = new Int32Array(1024);
  /** A list in the store of the segments an exhibit uses as short field values. */
  private shortSegs = new Int32Array(1024);
  private readonly longText: (string | undefined)[] = [];
  private readonly wordText: (string | undefined)[] = [];

  readonly tagSets: Int32Array[] = [];
  readonly tagNames: string[] = [];
  private readonly tagDict = new Map<string, number>();
  private readonly tagSetIds = new Map<string, number>();
  size = 0;
  /** Bumped on every change, so caches derived from the index know when they are stale. */
  version = 0;

  /** One past the highest id ever indexed: the size of per-id scratch arrays. */
  idLimit = 0;
  /** Inside build(): the long text's characters are counted, and listed at the end. */
  private building = false;

  has(id: number): boolean {
    return id < this.idLimit && this.live[id] === 1;
  }

  /** The folded story and captions of an exhibit. */
  long(id: number): string {
    return this.longText[id] ?? '';
  }

  /** The folded translated text of one group (name, title, other) of an exhibit. */
  translated(id: number, group: number): string {
    return (this.wordText[id] ?? '').split(GROUP_BREAK)[group] ?? '';
  }

  put(doc: IndexedDoc): void {
    this.remove(doc.id);
    const id = doc.id;
    this.ensure(id);
    const k = docKeys(doc);
    k.chars.forEach((set, g) => {
      const map = this.chars[g]!;
      if (this.building && g === C_LONG) for (const cp of set) map.reserve(cp, id);
      else for (const cp of set) map.add(cp, id);
    });
    k.readings.forEach((set, g) => {
      for (const r of set) this.readings[g]!.add(r, id);
    });
    k.words.forEach((set, g) => {
      for (const w of set) this.words[g]!.add(w, id);
    });
    k.wholeWords.forEach((set, g) => {
      for (const w of set) this.wholeWords[g]!.add(w, id);
    });
    for (const w of k.vocabulary) {
      const n = this.vocabulary.get(w) ?? 0;
      this.vocabulary.set(w, n + 1);
      if (n === 0 && this.sortedWords) this.sortedWords.splice(sortedAt(this.sortedWords, w), 0, w);
    }
    const segs = this.segments;
    this.nameSeg[id] = doc.zh[G_NAME] ? segs.use(doc.zh[G_NAME], true, SLOT_NAME, id) : -1;
    this.titleSeg[id] = doc.zh[G_TITLE] ? segs.use(doc.zh[G_TITLE], false, SLOT_TITLE, id) : -1;
    const lines = doc.zh[G_SHORT] ? doc.zh[G_SHORT].split('\n') : [];
    if (lines.length) {
      const list = this.store.create();
      for (const line of lines) if (line) this.store.add(list, segs.use(line, false, SLOT_SHORT, id));
      this.shortSegs[id] = list;
    } else this.shortSegs[id] = -1;
    this.longText[id] = doc.zh[G_LONG] || undefined;
    this.wordText[id] = doc.words.some(Boolean) ? doc.words.join(GROUP_BREAK) : undefined;
    this.live[id] = 1;
    this.collection[id] = doc.collectionId;
    this.decade[id] = doc.decade ?? NO_DECADE;
    this.published[id] = doc.published ? 1 : 0;
    this.tagSet[id] = this.tagSetOf(doc.tags);
    k.letters.forEach((mask, g) => (this.letters[g]![id] = mask));
    this.size++;
    this.version++;
  }

  remove(id: number): void {
    if (!this.has(id)) return;
    // Keys are recomputed rather than kept: they are a pure function of the stored text.
    const doc = this.restore(id);
    const k = docKeys(doc);
    k.chars.forEach((set, g) => {
      for (const cp of set) this.chars[g]!.delete(cp, id);
    });
    k.readings.forEach((set, g) => {
      for (const r of set) this.readings[g]!.delete(r, id);
    });
    k.words.forEach((set, g) => {
      for (const w of set) this.words[g]!.delete(w, id);
    });
    k.wholeWords.forEach((set, g) => {
      for (const w of set) this.wholeWords[g]!.delete(w, id);
    });
    for (const w of k.vocabulary) {
      const n = (this.vocabulary.get(w) ?? 1) - 1;
      if (n > 0) this.vocabulary.set(w, n);
      else {
        this.vocabulary.delete(w);
        if (this.sortedWords) this.sortedWords.splice(sortedAt(this.sortedWords, w), 1);
      }
    }
    const segs = this.segments;
    if (this.nameSeg[id]! >= 0) segs.unuse(this.nameSeg[id]!, SLOT_NAME, id);
    if (this.titleSeg[id]! >= 0) segs.unuse(this.titleSeg[id]!, SLOT_TITLE, id);
    const list = this.shortSegs[id]!;
    if (list >= 0) {
      for (const sid of this.store.view(list).slice()) segs.unuse(sid, SLOT_SHORT, id);
      this.store.release(list);
    }
    this.longText[id] = undefined;
    this.wordText[id] = undefined;
    for (const l of this.letters) l[id] = 0;
    this.live[id] = 0;
    this.size--;
    this.version++;
  }

  /** The indexed document as stored (short fields in no particular order, tags not kept). */
  restore(id: number): IndexedDoc {
    const segs = this.segments;
    const text = (sid: number) => (sid >= 0 ? (segs.segments[sid]?.text ?? '') : '');
    const name = text(this.nameSeg[id]!);
    const list = this.shortSegs[id]!;
    const short = list >= 0 ? Array.from(this.store.view(list), text).join('\n') : '';
    const words = (this.wordText[id] ?? '').split(GROUP_BREAK);
    return {
      id,
      collectionId: this.collection[id]!,
      published: this.published[id] === 1,
      decade: this.decade[id] === NO_DECADE ? null : this.decade[id]!,
      tags: [],
      zh: [name, text(this.titleSeg[id]!), short, this.longText[id] ?? ''],
      words: [words[0] ?? '', words[1] ?? '', words[2] ?? ''],
      surname: surnameExtras(name),
    };
  }

  /**
   * Fills an empty index through `fill` (which calls put), with every list given its exact room at the
   * end instead of grown as it goes (see PostingStore.deferAdds). The long text's characters, over 40% of
   * all ids, are not written down but listed again from the text kept anyway, once the room is there.
   */
  build(fill: () => void): void {
    if (this.size) throw new Error('InvertedIndex.build: only for an empty index');
    this.store.deferAdds();
    this.building = true;
    try {
      fill();
    } finally {
      this.building = false;
    }
    this.store.applyDeferred();
    const long = this.chars[C_LONG]!;
    for (let id = 0; id < this.idLimit; id++) {
      if (this.live[id] !== 1) continue;
      for (const cp of longChars(this.longText[id] ?? '')) long.add(cp, id);
    }
    this.store.trim();
  }

  charList(group: number, cp: number): Int32Array {
    return this.chars[group]!.view(cp);
  }

  wordList(group: number, prefix: string): Int32Array {
    return this.words[group]!.view(prefix);
  }

  wholeWordList(group: number, word: string): Int32Array {
    return this.wholeWords[group]!.view(word);
  }

  /** Every translated word that begins with `prefix`. */
  wordsStartingWith(prefix: string): string[] {
    const sorted = (this.sortedWords ??= [...this.vocabulary.keys()].sort());
    const out: string[] = [];
    for (let i = sortedAt(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
    return out;
  }

  private ensure(id: number): void {
    if (id >= this.idLimit) this.idLimit = id + 1;
    if (id < this.collection.length) return;
    const size = Math.max(id + 1, this.collection.length * 2);
    this.live = grow(this.live, new Uint8Array(size));
    this.collection = grow(this.collection, new Int32Array(size));
    this.decade = grow(this.decade, new Int16Array(size));
    this.published = grow(this.published, new Uint8Array(size));
    this.tagSet = grow(this.tagSet, new Int32Array(size));
    this.nameSeg = grow(this.nameSeg, new Int32Array(size));
    this.titleSeg = grow(this.titleSeg, new Int32Array(size));
    this.shortSegs = grow(this.shortSegs, new Int32Array(size));
    this.letters = this.letters.map((l) => grow(l, new Int32Array(size)));
  }

  /** The tag set id for these tags, creating it (and tag ids) on first sight. */
  private tagSetOf(tags: readonly string[]): number {
    const key = [...tags].sort().join('\u0000');
    let id = this.tagSetIds.get(key);
    if (id === undefined) {
      id = this.tagSets.length;
      this.tagSets.push(
        Int32Array.from(new Set(tags), (t) => {
          let tid = this.tagDict.get(t);
          if (tid === undefined) {
            tid = this.tagNames.length;
            this.tagNames.push(t);
            this.tagDict.set(t, tid);
          }
          return tid;
        }),
      );
      this.tagSetIds.set(key, id);
    }
    return id;
  }
}

/** Where `w` is or would go in a sorted array of strings. */
function sortedAt(sorted: readonly string[], w: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function grow<T extends Int32Array | Int16Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
