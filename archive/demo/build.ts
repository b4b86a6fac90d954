import { openArchive } from '../archive';
import { upsertCollection, upsertFigure } from '../content/collection-write';
import { upsertExhibit } from '../content/exhibit-write';
import { facts } from './facts';

const ACTOR = 'demo-builder';

/** Builds the embedded demo archive into an empty folder. */
export async function buildDemoArchive(dir: string): Promise<{ exhibits: number; media: number }> {
  const archive = openArchive(dir, { create: true });
  try {
    const { db } = archive;
    db.transaction(() => {
      upsertCollection(db, { slug: 'heroes', layout: 'portraits', title: { zh: '英模肖像', en: 'Portraits of heroes' }, sortOrder: 1 }, ACTOR);
      upsertCollection(db, { slug: 'veterans', layout: 'photos', title: { zh: '老兵影像展', en: 'Veteran photo exhibits' }, sortOrder: 2 }, ACTOR);
      upsertCollection(db, { slug: 'history', layout: 'timeline', title: { zh: '双拥三十年', en: 'Thirty years of the tradition' }, sortOrder: 3 }, ACTOR);
      for (const f of facts.facts) {
        upsertExhibit(
          db,
          {
            uid: `fact-${f.id}`,
            collection: 'history',
            kind: f.year ? 'event' : 'panel',
            status: 'published',
            title: { zh: f.zh, en: f.en },
            topic: f.topic,
            date: f.year ? { precision: 'year', start: String(f.year), end: null } : { precision: 'unknown', start: null, end: null },
            credit: { zh: facts.source },
          },
          ACTOR,
        );
        for (const [k, v] of Object.entries(f.figures ?? {})) {
          upsertFigure(db, { key: `${f.id}.${k}`, value: v, caption: { zh: f.zh, en: f.en }, source: f.id }, ACTOR);
        }
      }
    })();
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return { exhibits: n('SELECT count(*) AS n FROM exhibits'), media: n('SELECT count(*) AS n FROM media') };
  } finally {
    archive.close();
  }
}
