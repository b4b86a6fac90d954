import type { visitorMethods } from '../contract/visitor';
import { ArchiveError } from '../../errors';
import { bumpCounter } from '../../content/analytics';
import { listCollections, listFigures } from '../../content/collection-read';
import { collectionFacets, getExhibit, listExhibits, timeline } from '../../content/exhibit-read';
import { loadMediaRefs } from '../../content/media-refs';
import { readSettings } from '../../content/settings';
import { APP_TITLE } from '../../content/app-title';
import type { Handlers, HandlerContext } from '../handler-types';

export function visitorHandlers({ archive }: HandlerContext): Handlers<keyof typeof visitorMethods> {
  const { db } = archive;
  return {
    getKioskInfo: (_input, caller) => {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      return {
        title: APP_TITLE,
        settings: readSettings(db),
        counts: {
          collections: count('SELECT count(*) AS n FROM collections WHERE hidden = 0'),
          exhibits: count(`SELECT count(*) AS n FROM exhibits WHERE status = 'published' AND hidden = 0`),
          media: count('SELECT count(*) AS n FROM media'),
        },
        hasSampleContent: count(`SELECT count(*) AS n FROM exhibits WHERE sample = 1 AND status = 'published'`) > 0,
        preview: caller.audience === 'curator',
      };
    },
    listCollections: (_input, caller) => ({ collections: listCollections(db, caller.audience) }),
    listExhibits: (input, caller) => listExhibits(db, input, caller.audience),
    getCollectionFacets: (input, caller) => collectionFacets(db, input.collection, caller.audience),
    getExhibit: (input, caller) => getExhibit(db, input.id, caller.audience),
    getMedia: (input) => {
      const ref = loadMediaRefs(db, [input.sha256]).get(input.sha256);
      if (!ref) throw new ArchiveError('NOT_FOUND', 'That photo is not in the archive.');
      return ref;
    },
    getTimeline: (_input, caller) => timeline(db, caller.audience),
    getFigures: () => ({ figures: listFigures(db) }),
    getUiStringOverrides: () => ({
      overrides: (db.prepare('SELECT lang, key, value, reviewed FROM ui_string_overrides ORDER BY lang, key').all() as { lang: 'zh' | 'mn' | 'en'; key: string; value: string; reviewed: number }[]).map(
        (r) => ({ ...r, reviewed: r.reviewed === 1 }),
      ),
    }),
    recordVisit: (input) => {
      bumpCounter(db, input.kind, input.key);
      return {};
    },
  };
}

