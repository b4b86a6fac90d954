import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type Archive } from '../../../archive/archive';
import { upsertCollection } from '../../../archive/content/collection-write';
import { upsertExhibit } from '../../../archive/content/exhibit-write';
import { QUERIES_AFTER_MS, WARM_UP_QUERIES, warmUpSearch } from '../../../archive/search/warm-up';
import { makeTempDir } from '../../support/temp-dir';

let archive: Archive;
let cleanup: () => void;

beforeEach(() => {
  const t = makeTempDir();
  cleanup = t.cleanup;
  archive = openArchive(t.dir, { create: true });
  upsertCollection(archive.db, { slug: 'heroes', title: { zh: '英模肖像', en: 'Portraits of heroes' } }, 'test');
  upsertExhibit(archive.db, { uid: 'a', collection: 'heroes', name: '张英雄', status: 'published' }, 'test');
});
afterEach(() => {
  if (archive.db.open) archive.close();
  cleanup();
});

/** A task queue the test drains by hand, so each warm-up step is seen as its own task. */
function manualTasks() {
  const queue: (() => void)[] = [];
  const delays: number[] = [];
  return {
    delays,
    schedule: (step: () => void, delayMs: number) => {
      queue.push(step);
      delays.push(delayMs);
    },
    runNext: () => queue.shift()?.(),
    get waiting() {
      return queue.length;
    },
  };
}

const counts = (a: Archive) => a.db.prepare('SELECT COUNT(*) AS n FROM analytics_daily').get() as { n: number };

describe('warmUpSearch', () => {
  it('runs the index build, every query and the candidates one task at a time, and counts nothing for the curators', () => {
    const tasks = manualTasks();
    let done = 0;
    const before = counts(archive);
    warmUpSearch(archive.db, tasks.schedule, () => done++);
    let ran = 0;
    while (tasks.waiting) {
      expect(tasks.waiting).toBe(1);
      tasks.runNext();
      ran++;
    }
    // the first task, the index, each query, the candidates
    expect(ran).toBe(1 + 1 + WARM_UP_QUERIES.length + 1);
    // The index at once; the queries only after the first page load has had the server to itself.
    expect(tasks.delays.slice(0, 3)).toEqual([0, QUERIES_AFTER_MS, 0]);
    expect(done).toBe(1);
    expect(counts(archive)).toEqual(before);
  });

  it('stops quietly when the archive is closed between two steps', () => {
    const tasks = manualTasks();
    let done = 0;
    warmUpSearch(archive.db, tasks.schedule, () => done++);
    tasks.runNext();
    tasks.runNext();
    archive.close();
    expect(() => tasks.runNext()).not.toThrow();
    expect(tasks.waiting).toBe(0);
    expect(done).toBe(1);
  });

  it('ends without throwing when a search fails (it is only a head start)', () => {
    archive.db.exec('PRAGMA foreign_keys = OFF; DROP TABLE exhibits;');
    const tasks = manualTasks();
    let done = 0;
    let ran = 0;
    warmUpSearch(archive.db, tasks.schedule, () => done++);
    expect(() => {
      for (; tasks.waiting; ran++) tasks.runNext();
    }).not.toThrow();
    expect(done).toBe(1);
    expect(ran).toBeLessThan(1 + 1 + WARM_UP_QUERIES.length + 1);
  });
});
