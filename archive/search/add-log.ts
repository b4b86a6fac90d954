/**
 * The adds of a full build, written down in order so they can be replayed into lists sized exactly.
 * Consecutive adds of one id (an exhibit's id to a hundred lists) form a run, written as the id and then
 * the run's list ids sorted, each as the difference from the one before: mostly one or two bytes as
 * variable-length integers (7 bits a byte), the lowest bit telling an id from a list. Under two bytes an
 * add (13 MB for the 7 million a 100k-exhibit build writes down), against the 4 of the slot it defers.
 */
export class AddLog {
  private readonly chunks: Uint8Array[] = [];
  private chunk: Uint8Array;
  private at = 0;
  /** The id of the current run; none yet. */
  private value = Number.NaN;
  private run = new Int32Array(1024);
  private runLength = 0;

  /** Large chunks, as the store's: mapped straight from the system, pages cost memory once written. */
  constructor(private readonly chunkBytes = 1 << 25) {
    this.chunk = new Uint8Array(chunkBytes);
    this.chunks.push(this.chunk);
  }

  /** Records an add of a non-negative id to a list. */
  add(list: number, id: number): void {
    if (id !== this.value) {
      if (id < 0) throw new RangeError(`AddLog: negative id ${id}`);
      this.flush();
      this.value = id;
      this.write(id * 2 + 1);
    }
    if (this.runLength === this.run.length) {
      const next = new Int32Array(this.run.length * 2);
      next.set(this.run);
      this.run = next;
    }
    this.run[this.runLength++] = list;
  }

  /** Calls back every add, run by run in the order made, releasing each chunk once it has been read. */
  replay(each: (list: number, id: number) => void): void {
    this.flush();
    const chunks = this.chunks;
    const last = chunks.length - 1;
    let id = -1;
    let list = 0;
    let v = 0;
    let shift = 1;
    for (let c = 0; c <= last; c++) {
      const bytes = chunks[c]!;
      const end = c === last ? this.at : bytes.length;
      for (let i = 0; i < end; i++) {
        const b = bytes[i]!;
        v += (b & 0x7f) * shift;
        if (b & 0x80) {
          shift *= 128;
          continue;
        }
        if (v % 2 === 1) {
          id = (v - 1) / 2;
          list = 0;
        } else {
          list += v / 2;
          each(list, id);
        }
        v = 0;
        shift = 1;
      }
      chunks[c] = EMPTY;
    }
    this.chunk = EMPTY;
  }

  /** Bytes written so far. */
  get bytes(): number {
    return (this.chunks.length - 1) * this.chunkBytes + this.at;
  }

  private flush(): void {
    const run = this.run.subarray(0, this.runLength);
    run.sort();
    let prev = 0;
    for (let i = 0; i < run.length; i++) {
      this.write((run[i]! - prev) * 2);
      prev = run[i]!;
    }
    this.runLength = 0;
  }

  /** v below 2^32 (an id or list of up to 2^31 - 1, tagged): `>>>` keeps all 32 bits. */
  private write(v: number): void {
    for (;;) {
      if (this.at === this.chunk.length) {
        this.chunk = new Uint8Array(this.chunkBytes);
        this.chunks.push(this.chunk);
        this.at = 0;
      }
      if (v < 0x80) {
        this.chunk[this.at++] = v;
        return;
      }
      this.chunk[this.at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
  }
}

const EMPTY = new Uint8Array(0);
