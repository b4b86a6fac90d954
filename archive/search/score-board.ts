import type { PostingStore } from './postings';

/**
 * Per-query scratch: the best score each exhibit reached over all match paths. Reused between queries
 * (resetting only what was touched), so a query over 100k exhibits allocates almost nothing.
 */
export class ScoreBoard {
  private scores = new Uint8Array(0);
  private touched = new Int32Array(1024);
  private count = 0;
  private outIds = new Int32Array(1024);

  /** Makes room for ids below `limit` and clears the previous query. */
  begin(limit: number): void {
    if (this.scores.length < limit) this.scores = new Uint8Array(Math.max(limit, this.scores.length * 2));
    else if (this.count * 8 > limit) this.scores.fill(0);
    else for (let i = 0; i < this.count; i++) this.scores[this.touched[i]!] = 0;
    this.count = 0;
  }

  get(id: number): number {
    return this.scores[id]!;
  }

  /** Keeps the higher of the current and the given score (1–127; 0 means no match). */
  raise(id: number, score: number): void {
    const cur = this.scores[id]!;
    if (cur >= score) return;
    if (cur === 0) {
      if (this.count === this.touched.length) this.growTouched();
      this.touched[this.count++] = id;
    }
    this.scores[id] = score;
  }

  /** raise() for every id of a list in the store (list -1: none), in one loop. */
  raiseList(store: PostingStore, list: number, score: number): void {
    if (list < 0) return;
    const data = store.chunks[store.chunkOf[list]!]!;
    const scores = this.scores;
    for (let i = store.start[list]!, end = i + store.size[list]!; i < end; i++) {
      const id = data[i]!;
      const cur = scores[id]!;
      if (cur >= score) continue;
      if (cur === 0) {
        if (this.count === this.touched.length) this.growTouched();
        this.touched[this.count++] = id;
      }
      scores[id] = score;
    }
  }

  private growTouched(): void {
    const next = new Int32Array(this.touched.length * 2);
    next.set(this.touched);
    this.touched = next;
  }

  get size(): number {
    return this.count;
  }

  /**
   * The matches, valid until the next begin(): the score table itself, and when matches are few their ids
   * sorted (in a buffer this board reuses; fresh arrays per keystroke would feed the garbage collector a
   * megabyte a query at 100k exhibits). When they are many, a scan of the table is cheaper than sorting.
   */
  matches(limit: number): Matches {
    if (this.count * 16 > limit) return { ids: null, table: this.scores, limit, count: this.count };
    if (this.outIds.length < this.count) this.outIds = new Int32Array(this.count * 2);
    const ids = this.outIds.subarray(0, this.count);
    ids.set(this.touched.subarray(0, this.count));
    ids.sort();
    return { ids, table: this.scores, limit, count: this.count };
  }
}

/** What a query matched: score table[id] > 0 for every match; `ids` lists them ascending, or is null when
 *  every id below `limit` must be scanned. */
export interface Matches {
  ids: Int32Array | null;
  table: Uint8Array;
  limit: number;
  count: number;
}

/** The same matches with each score passed through `f` (in a fresh table). */
export function mapScores(m: Matches, f: (score: number) => number): Matches {
  const table = new Uint8Array(m.limit);
  if (m.ids) for (const id of m.ids) table[id] = f(m.table[id]!);
  else for (let id = 0; id < m.limit; id++) if (m.table[id]) table[id] = f(m.table[id]!);
  return { ...m, table };
}
