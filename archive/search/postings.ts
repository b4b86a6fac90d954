import { AddLog } from './add-log';

/**
 * Posting lists: sorted, duplicate-free lists of ids, all kept in a few large Int32Array chunks and named
 * by small integer list ids. An index holds some 150,000 lists, most with a handful of entries; a typed
 * array per list would cost more in object headers than in ids. The chunks have a fixed size and are never
 * reallocated while they fill (see CHUNK). New exhibits get the highest id, so adding
 * is almost always an append; an edit or a revert that restores an old id inserts in place.
 *
 * Hot loops read `chunks[chunkOf[list]]` between `start[list]` and `start[list] + size[list]`.
 */
export class PostingStore {
  readonly chunks: Int32Array<ArrayBuffer>[] = [];
  chunkOf: Int32Array<ArrayBuffer> = new Int32Array(1024);
  start: Int32Array<ArrayBuffer> = new Int32Array(1024);
  size: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private cap: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** Next free slot in the last chunk. */
  private top = 0;
  private lists = 0;
  private readonly freeIds: number[] = [];
  /** Slots no list uses any more (moved or released); compacted away once they dominate. */
  private garbage = 0;
  private used = 0;
  /** Adds written down instead of made, during a full build (see deferAdds). */
  private log: AddLog | null = null;

  constructor(private readonly chunkSize = CHUNK) {}

  create(): number {
    const list = this.freeIds.pop() ?? this.lists++;
    if (list >= this.start.length) {
      const n = this.start.length * 2;
      this.chunkOf = grow(this.chunkOf, n);
      this.start = grow(this.start, n);
      this.size = grow(this.size, n);
      this.cap = grow(this.cap, n);
    }
    this.chunkOf[list] = 0;
    this.start[list] = 0;
    this.size[list] = 0;
    this.cap[list] = 0;
    return list;
  }

  release(list: number): void {
    this.refuseWhileDeferred('release');
    this.garbage += this.cap[list]!;
    this.size[list] = 0;
    this.cap[list] = 0;
    this.freeIds.push(list);
  }

  add(list: number, id: number): void {
    const n = this.size[list]!;
    // The common case first: room left and the id is the highest (a new exhibit).
    if (n < this.cap[list]!) {
      const data = this.chunks[this.chunkOf[list]!]!;
      const end = this.start[list]! + n;
      if (n === 0 || data[end - 1]! < id) {
        data[end] = id;
        this.size[list] = n + 1;
        return;
      }
    }
    this.addSlow(list, id);
  }

  private addSlow(list: number, id: number): void {
    if (this.log) return this.defer(list, id);
    const n = this.size[list]!;
    let data = n ? this.chunks[this.chunkOf[list]!]! : EMPTY;
    let s = this.start[list]!;
    if (n > 0 && data[s + n - 1]! >= id) {
      const rel = lowerBound(data, s + n, id, s) - s;
      if (data[s + rel] === id) return;
      if (n === this.cap[list]) {
        this.move(list, n + 1);
        data = this.chunks[this.chunkOf[list]!]!;
        s = this.start[list]!;
      }
      data.copyWithin(s + rel + 1, s + rel, s + n);
      data[s + rel] = id;
      this.size[list] = n + 1;
      return;
    }
    this.move(list, n + 1);
    data = this.chunks[this.chunkOf[list]!]!;
    s = this.start[list]!;
    data[s + n] = id;
    this.size[list] = n + 1;
  }

  delete(list: number, id: number): void {
    const n = this.size[list]!;
    if (n === 0) return;
    this.refuseWhileDeferred('delete');
    const data = this.chunks[this.chunkOf[list]!]!;
    const s = this.start[list]!;
    const at = lowerBound(data, s + n, id, s);
    if (at === s + n || data[at] !== id) return;
    data.copyWithin(at, at + 1, s + n);
    this.size[list] = n - 1;
  }

  /** The list's ids, ascending; a view that is only valid until the next change. */
  view(list: number): Int32Array {
    if (list < 0 || this.size[list] === 0) return EMPTY;
    this.refuseWhileDeferred('view');
    const s = this.start[list]!;
    return this.chunks[this.chunkOf[list]!]!.subarray(s, s + this.size[list]!);
  }

  /**
   * Packs every list tight (plus `slack` slots of room each): after a full build, and when moves left much
   * garbage. Lists are taken in the order they lie. Without slack, and with chunks all of one size, each
   * list only ever moves towards the start (into room already emptied), so the packing happens in place and
   * needs no second copy of the ids; otherwise lists are copied into fresh chunks, each old chunk let go as
   * soon as it is emptied.
   */
  compact(slack = 0): void {
    this.refuseWhileDeferred('compact');
    const order = Array.from({ length: this.lists }, (_, l) => l).filter((l) => this.size[l]! > 0);
    order.sort((a, b) => this.chunkOf[a]! - this.chunkOf[b]! || this.start[a]! - this.start[b]!);
    const inPlace = slack === 0 && this.chunks.every((c) => c.length === this.chunkSize);
    const old = inPlace ? this.chunks : (this.chunks.splice(0) as (Int32Array | undefined)[]);
    const fromChunk = inPlace ? this.chunkOf : this.chunkOf.slice();
    const fromStart = inPlace ? this.start : this.start.slice();
    let chunk = inPlace ? 0 : -1;
    let top = 0;
    let released = 0;
    for (const l of order) {
      const n = this.size[l]!;
      const cap = n + slack;
      const source = old[fromChunk[l]!]!.subarray(fromStart[l]!, fromStart[l]! + n);
      if (chunk < 0 || top + cap > this.chunks[chunk]!.length) {
        chunk++;
        top = 0;
        if (chunk >= this.chunks.length) this.chunks.push(new Int32Array(Math.max(this.chunkSize, cap)));
      }
      this.chunks[chunk]!.set(source, top); // overlapping moves within a chunk are copied safely
      this.chunkOf[l] = chunk;
      this.start[l] = top;
      this.cap[l] = cap;
      top += cap;
      if (!inPlace) while (released < fromChunk[l]!) old[released++] = undefined;
    }
    for (let l = 0; l < this.lists; l++) if (this.size[l] === 0) this.cap[l] = 0;
    if (inPlace) this.chunks.length = Math.min(this.chunks.length, chunk + 1);
    this.top = top;
    this.used = this.chunks.reduce((sum, c, i) => sum + (i < chunk ? c.length : 0), 0) + top;
    this.garbage = 0;
  }

  /**
   * From here until applyDeferred(), adds are only counted and written down (under two bytes each), then
   * made into lists given exactly the room they need. A full build grows some 250,000 lists from nothing;
   * grown by moving, they leave twice their own size behind in abandoned room before the final packing,
   * most of the build's peak memory. Only for an empty store, and only adds: a list cannot be read,
   * shrunk or released meanwhile. size[] counts the adds (an upper bound of the distinct ids: an id added
   * again right after itself is not counted) so callers asking "is this list empty" get the right answer;
   * start[] holds each list's last id, as the list has no room of its own yet.
   */
  deferAdds(): void {
    if (this.chunks.length || this.log) throw new Error('PostingStore.deferAdds: only for an empty store');
    this.log = new AddLog();
  }

  /**
   * While adds are deferred: counts an add the caller will make itself after applyDeferred(), from data
   * it keeps anyway, so the log need not hold it.
   */
  reserve(list: number, id: number): void {
    if (!this.log) throw new Error('PostingStore.reserve: only while adds are deferred');
    const n = this.size[list]!;
    if (n > 0 && this.start[list] === id) return;
    this.size[list] = n + 1;
    this.start[list] = id;
  }

  /**
   * Gives every list the room its adds and reservations counted, in list order, and makes the adds
   * written down. Reserved room stays empty for the caller to fill; then trim().
   */
  applyDeferred(): void {
    const log = this.log;
    if (!log) return;
    this.log = null;
    let chunk = -1;
    let top = 0;
    for (let l = 0; l < this.lists; l++) {
      const n = this.size[l]!;
      this.size[l] = 0;
      this.cap[l] = n;
      if (n === 0) continue;
      if (chunk < 0 || top + n > this.chunks[chunk]!.length) {
        this.chunks.push(new Int32Array(Math.max(this.chunkSize, n)));
        chunk++;
        top = 0;
      }
      this.chunkOf[l] = chunk;
      this.start[l] = top;
      top += n;
    }
    this.top = top;
    this.used = this.chunks.reduce((sum, c, i) => sum + (i < chunk ? c.length : 0), 0) + top;
    this.garbage = 0;
    log.replay((list, id) => this.add(list, id));
  }

  /** Packs every list tight if any has room it did not use (counted adds that were repeats). */
  trim(): void {
    for (let l = 0; l < this.lists; l++) {
      if (this.size[l]! < this.cap[l]!) {
        this.compact(0);
        return;
      }
    }
  }

  private defer(list: number, id: number): void {
    const n = this.size[list]!;
    if (n > 0 && this.start[list] === id) return;
    this.size[list] = n + 1;
    this.start[list] = id;
    this.log!.add(list, id);
  }

  private refuseWhileDeferred(what: string): void {
    if (this.log) throw new Error(`PostingStore.${what} while adds are deferred`);
  }

  /** Moves a full list to fresh room at the end, with space to grow. */
  private move(list: number, need: number): void {
    if (this.garbage > this.chunkSize && this.garbage > this.used / 2) this.compact(4);
    const n = this.size[list]!;
    const from = n ? this.chunks[this.chunkOf[list]!]!.subarray(this.start[list]!, this.start[list]! + n) : EMPTY;
    this.garbage += this.cap[list]!;
    this.place(list, Math.max(4, need + (need >> 1)));
    // The new room lies past every used slot, so it never overlaps the old one.
    if (n) this.chunks[this.chunkOf[list]!]!.set(from, this.start[list]!);
  }

  /** Reserves `cap` slots for a list at the end of the last chunk, opening a chunk when it does not fit. */
  private place(list: number, cap: number): void {
    let last = this.chunks.length - 1;
    if (last < 0 || this.top + cap > this.chunks[last]!.length) {
      this.chunks.push(new Int32Array(Math.max(this.chunkSize, cap)));
      last++;
      this.top = 0;
    }
    this.chunkOf[list] = last;
    this.start[list] = this.top;
    this.cap[list] = cap;
    this.top += cap;
    this.used += cap;
  }
}

/**
 * One chunk: eight million ids (32 MB of address space). Allocations this large are mapped straight from
 * the operating system: pages cost memory only once written (a small archive touches a few), and a chunk
 * dropped by compaction goes back to the system at once instead of lingering in the allocator.
 */
const CHUNK = 1 << 23;

function grow(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(n);
  next.set(a);
  return next;
}

export function lowerBound(a: Int32Array, end: number, x: number, from = 0): number {
  let lo = from;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const EMPTY = new Int32Array(0);

/** A map from keys to posting lists in one store, creating and releasing lists as keys come and go. */
export class PostingMap<K> {
  readonly lists = new Map<K, number>();

  constructor(readonly store: PostingStore) {}

  add(key: K, id: number): void {
    let list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, (list = this.store.create()));
    this.store.add(list, id);
  }

  /** PostingStore.reserve for a key's list, creating the list on the key's first id. */
  reserve(key: K, id: number): void {
    let list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, (list = this.store.create()));
    this.store.reserve(list, id);
  }

  delete(key: K, id: number): void {
    const list = this.lists.get(key);
    if (list === undefined) return;
    this.store.delete(list, id);
    if (this.store.size[list] === 0) {
      this.store.release(list);
      this.lists.delete(key);
    }
  }

  /** The list id for a key, or -1. */
  list(key: K): number {
    return this.lists.get(key) ?? -1;
  }

  view(key: K): Int32Array {
    const list = this.lists.get(key);
    return list === undefined ? EMPTY : this.store.view(list);
  }

  get size(): number {
    return this.lists.size;
  }
}

/** Ids in every list, ascending. Walks the shortest list and gallops through the others. */
export function intersect(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 0) return EMPTY;
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [shortest, ...rest] = sorted as [Int32Array, ...Int32Array[]];
  if (rest.length === 0) return shortest;
  const out = new Int32Array(shortest.length);
  const pos = new Array<number>(rest.length).fill(0);
  let n = 0;
  next: for (let i = 0; i < shortest.length; i++) {
    const id = shortest[i]!;
    for (let k = 0; k < rest.length; k++) {
      const list = rest[k]!;
      let p = pos[k]!;
      // Gallop, then binary search inside the last step.
      let step = 1;
      while (p + step < list.length && list[p + step]! < id) step *= 2;
      p = lowerBound(list, Math.min(list.length, p + step + 1), id, p);
      pos[k] = p;
      if (p === list.length) break next;
      if (list[p] !== id) continue next;
    }
    out[n++] = id;
  }
  return out.subarray(0, n);
}

/** Ids in any of the lists, ascending, each once: a linear merge for two or three lists, else sort. */
export function union(lists: readonly Int32Array[]): Int32Array {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  if (nonEmpty.length <= 3) return merge(nonEmpty);
  const all = new Int32Array(nonEmpty.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of nonEmpty) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

function merge(lists: Int32Array[]): Int32Array {
  const out = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  const pos = lists.map(() => 0);
  let n = 0;
  for (;;) {
    let min = 0x7fffffff;
    for (let k = 0; k < lists.length; k++) if (pos[k]! < lists[k]!.length && lists[k]![pos[k]!]! < min) min = lists[k]![pos[k]!]!;
    if (min === 0x7fffffff) break;
    out[n++] = min;
    for (let k = 0; k < lists.length; k++) if (pos[k]! < lists[k]!.length && lists[k]![pos[k]!] === min) pos[k]!++;
  }
  return out.subarray(0, n);
}
