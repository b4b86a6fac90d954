import type { Archive } from '../archive';
import { readCuratorIdleMinutes } from './idle-setting';
import { SessionStore } from './sessions';
import { StagingArea } from './staging';

/** Everything the curator workspace keeps per open archive: sessions, the sign-in queue, staged uploads. */
export interface Curation {
  archive: Archive;
  now: () => number;
  sessions: SessionStore;
  staging: StagingArea;
  /** Sign-ins run one at a time, so parallel guesses cannot slip past the wrong-PIN delay. */
  serial<T>(job: () => Promise<T>): Promise<T>;
}

const byArchive = new WeakMap<Archive, Curation>();

export function createCuration(archive: Archive, opts: { now?: () => number } = {}): Curation {
  const now = opts.now ?? Date.now;
  let tail: Promise<unknown> = Promise.resolve();
  return {
    archive,
    now,
    // Read on every check (one primary-key lookup): an admin, or the CLI in another process, may change it.
    sessions: new SessionStore(now, () => readCuratorIdleMinutes(archive.db) * 60_000),
    staging: new StagingArea(archive.root, now),
    serial<T>(job: () => Promise<T>): Promise<T> {
      const run = tail.then(job, job);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/** The one Curation for an archive: the access gate and the curator handlers share it. */
export function curationFor(archive: Archive, opts: { now?: () => number } = {}): Curation {
  let c = byArchive.get(archive);
  if (!c) byArchive.set(archive, (c = createCuration(archive, opts)));
  return c;
}
