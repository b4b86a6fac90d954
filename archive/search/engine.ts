import type Database from 'better-sqlite3';
import type { Audience } from '../content/visibility';
import { logTail, readChanges, type LogPosition } from './change-feed';
import { toIndexedDoc } from './doc';
import { loadSourceDocs, type SourceDoc } from './doc-source';
import { streamSourceDocs } from './doc-stream';
import { suggest } from './fuzzy';
import type { QueryForms } from './highlight';
import { InvertedIndex } from './inverted-index';
import { searchPinyin } from './paths/pinyin';
import { searchSubstring } from './paths/substring';
import { searchWords } from './paths/words';
import { queryForms } from './query-forms';
import { rankPage, type CollectionInfo, type RankedPage } from './results';
import { mapScores, ScoreBoard, type Matches } from './score-board';
import { stmt } from './statements';
import { MAX_SCORE, SCORE } from './scores';

export interface EngineQuery {
  q: string;
  offset: number;
  limit: number;
  collection?: string;
  decade?: number;
  tag?: string;
}

export interface EngineResult extends RankedPage {
  query: string;
  forms: QueryForms;
  didYouMean: string | null;
}

/** Changed exhibits applied before the next query whatever it costs (a few milliseconds at most). */
const APPLY_AT_ONCE = 256;
/** Exhibits read and re-indexed per step of a larger batch (a step takes well under a millisecond). */
const APPLY_SLICE = 8;
/**
 * A larger batch is not worked on in the query itself but in background steps of BACKGROUND_SLICE_MS:
 * taken when no query came for IDLE_MS (a visitor pauses between keys far longer), and at least every
 * MAX_DEFER_MS however busy the kiosk is. A request arriving during a step waits at most that one step.
 */
const SYNC_BUDGET_MS = 0;
const BACKGROUND_SLICE_MS = 2;
const BACKGROUND_PAUSE_MS = 8;
const IDLE_MS = 30;
const MAX_DEFER_MS = 250;
/** The change log keeps this many rows behind the newest, pruned every PRUNE_EVERY changes. */
export const LOG_KEEP = 262_144;
const PRUNE_EVERY = 65_536;

/**
 * Search over one archive: the in-memory index, kept in step with the database through the change log
 * (every query first applies what changed since the last one, whichever connection wrote it).
 */
export class SearchEngine {
  index = new InvertedIndex();
  collections = new Map<number, CollectionInfo>();
  private at: LogPosition = { seq: 0, nonce: 0 };
  private readonly board = new ScoreBoard();
  private readonly pending = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private prunedAt = 0;
  private lastQueryAt = 0;
  private lastStepAt = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly log: { keep: number; pruneEvery: number } = { keep: LOG_KEEP, pruneEvery: PRUNE_EVERY },
  ) {
    this.rebuild();
  }

  /**
   * Reads every exhibit and builds the index from nothing, one exhibit at a time from a single statement
   * (see streamSourceDocs), all from one snapshot of the database.
   */
  rebuild(): void {
    const index = new InvertedIndex();
    const { collections, at } = this.read(() => {
      index.build(() => {
        for (const src of streamSourceDocs(this.db)) index.put(toIndexedDoc(src));
      });
      return { collections: loadCollections(this.db), at: logTail(this.db) };
    });
    this.index = index;
    this.collections = collections;
    this.at = at;
  }

  /**
   * Applies what changed since the last call, before a query. A small batch (a curator's edit, an import
   * of a few hundred rows) is applied at once, so it is searchable by the very next query. A large batch
   * (a bulk import committing thousands of rows), and whatever arrives while one is being worked through,
   * is applied in short background steps between requests, so no keystroke waits for it: until it is
   * through, queries answer from the index as it stands. Returns how many exhibits are still waiting.
   */
  sync(budgetMs = SYNC_BUDGET_MS, background = false): number {
    if (!background) this.lastQueryAt = performance.now();
    const idle = this.pending.size === 0;
    const step = this.read(() => {
      const changes = readChanges(this.db, this.at);
      if (changes.kind !== 'changes') return changes;
      return { ...changes, collectionRows: changes.collections ? loadCollections(this.db) : null };
    });
    if (step.kind === 'reset') {
      this.pending.clear();
      this.rebuild();
    } else if (step.kind === 'changes') {
      for (const id of step.exhibitIds) this.pending.add(id);
      if (step.collectionRows) this.collections = step.collectionRows;
      this.at = step.at;
      if (this.at.seq - this.prunedAt >= this.log.pruneEvery) this.prune();
    }
    if (this.pending.size === 0) return 0;
    this.drain(idle && this.pending.size <= APPLY_AT_ONCE ? Infinity : budgetMs);
    if (this.pending.size) this.drainLater();
    return this.pending.size;
  }

  /** Applies everything still waiting, however long it takes (tests, the CLI, shutdown). */
  catchUp(): void {
    this.sync(Infinity, true);
    this.drain(Infinity);
  }

  /** Exhibits changed but not yet re-indexed. */
  get waiting(): number {
    return this.pending.size;
  }

  private drain(budgetMs: number): void {
    if (budgetMs <= 0) return;
    const until = performance.now() + budgetMs;
    while (this.pending.size && performance.now() < until) {
      const ids = [...this.pending].slice(0, APPLY_SLICE);
      for (const id of ids) this.pending.delete(id);
      this.apply(ids, this.read(() => loadSourceDocs(this.db, ids)));
    }
  }

  /**
   * Drops log rows far behind the newest: each search engine keeps its own place, and one that fell this
   * far behind (or finds its place gone) rebuilds. Skipped when another connection is writing (never waits).
   */
  private prune(): void {
    this.prunedAt = this.at.seq;
    if (this.db.readonly) return;
    const previous = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      stmt(this.db, 'DELETE FROM search_log WHERE seq < ?').run(this.at.seq - this.log.keep);
    } catch (e) {
      if (!(e as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw e;
    } finally {
      this.db.pragma(`busy_timeout = ${previous}`);
    }
  }

  private apply(ids: readonly number[], docs: readonly SourceDoc[]): void {
    const found = new Map(docs.map((d) => [d.id, d]));
    for (const id of ids) {
      const src = found.get(id);
      if (src) this.index.put(toIndexedDoc(src));
      else this.index.remove(id);
    }
  }

  private drainLater(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.db.open) return;
      const now = performance.now();
      if (now - this.lastQueryAt < IDLE_MS && now - this.lastStepAt < MAX_DEFER_MS) {
        this.drainLater();
        return;
      }
      this.lastStepAt = now;
      this.sync(BACKGROUND_SLICE_MS, true);
    }, BACKGROUND_PAUSE_MS);
    this.timer.unref();
  }

  /** Every exhibit the query matches (visible or not), ascending ids with scores; valid until the next match(). */
  match(forms: QueryForms): Matches {
    const board = this.board;
    board.begin(this.index.idLimit);
    if (forms.text) {
      searchSubstring(this.index, forms.text, board);
      if (forms.pinyin) searchPinyin(this.index, forms.pinyin, board);
      if (forms.words.length) searchWords(this.index, forms.text, board);
    }
    return board.matches(this.index.idLimit);
  }

  search(input: EngineQuery, audience: Audience): EngineResult {
    this.sync();
    const forms = queryForms(input.q);
    const filters = {
      collectionId: input.collection === undefined ? undefined : this.collectionId(input.collection),
      decade: input.decade,
      tag: input.tag,
    };
    const rank = (m: Matches) => rankPage(this.index, m, { audience, collections: this.collections, filters, offset: input.offset, limit: input.limit });
    const hits = this.match(forms);
    const exact = rank(hits);
    const filtered = input.collection !== undefined || input.decade !== undefined || input.tag !== undefined;
    if (exact.total > 0 || !forms.text || (filtered && hits.count > 0)) return { ...exact, query: forms.text, forms, didYouMean: null };
    const guess = suggest(this.index, forms.text);
    if (guess) {
      const guessForms = queryForms(guess);
      const guessed = this.match(guessForms);
      const fuzzy = rank(mapScores(guessed, (s) => Math.max(1, Math.round((s * SCORE.fuzzy) / MAX_SCORE))));
      if (fuzzy.total > 0) return { ...fuzzy, query: forms.text, forms: guessForms, didYouMean: guessForms.text };
    }
    return { ...exact, query: forms.text, forms, didYouMean: null };
  }

  private collectionId(slug: string): number {
    for (const [id, c] of this.collections) if (c.slug === slug) return id;
    return -1;
  }

  private read<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}

function loadCollections(db: Database.Database): Map<number, CollectionInfo> {
  const rows = db.prepare<[], { id: number; slug: string; hidden: number }>('SELECT id, slug, hidden FROM collections').all();
  return new Map(rows.map((r) => [r.id, { slug: r.slug, hidden: r.hidden === 1 }]));
}

const engines = new WeakMap<Database.Database, SearchEngine>();

/** The engine of an open archive database, built on first use and shared by every caller of that connection. */
export function searchEngineFor(db: Database.Database): SearchEngine {
  let engine = engines.get(db);
  if (!engine) engines.set(db, (engine = new SearchEngine(db)));
  return engine;
}
