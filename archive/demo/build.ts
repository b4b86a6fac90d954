import { openArchive } from '../archive';
import { seedDemoCurator } from '../curation/demo-curator';
import { upsertCollection, upsertFigure } from '../content/collection-write';
import { upsertExhibit } from '../content/exhibit-write';
import { publishBlockers, waiveFinding } from '../lint';
import { mapPool } from '../media/pool';
import { prepareMedia, type PreparedMedia } from '../media/prepare';
import { registerMedia } from '../media/register';
import { renderArt } from './art/render';
import { demoPlan } from './plan';

const ACTOR = 'demo-builder';

export interface DemoBuildOptions {
  /** Pictures drawn and prepared at once; the default keeps both cores of a small kiosk busy. */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoBuildResult {
  exhibits: number;
  media: number;
  figures: number;
}

/**
 * Builds the embedded demo archive into an empty folder: draws every picture, stores it through the same
 * media pipeline a curator's photos go through, then writes collections, exhibits and figures in one
 * transaction. The same source always gives the same pictures and hashes.
 */
export async function buildDemoArchive(dir: string, options: DemoBuildOptions = {}): Promise<DemoBuildResult> {
  const plan = demoPlan();
  const archive = openArchive(dir, { create: true });
  try {
    let done = 0;
    const prepared = await mapPool(plan.media, options.concurrency ?? 2, async (m) => {
      const jpeg = await renderArt(m.art);
      const p = await prepareMedia(archive.root, jpeg, `demo picture ${m.art.key}`, `${m.art.key}.jpg`);
      options.onProgress?.(++done, plan.media.length);
      return p;
    });
    const hashOf = new Map<string, PreparedMedia>(plan.media.map((m, i) => [m.art.key, prepared[i]!]));
    const { db } = archive;
    db.transaction(() => {
      for (const c of plan.collections) {
        upsertCollection(db, { slug: c.slug, layout: c.layout, title: c.title, description: c.description, sortOrder: c.sortOrder, needsReview: c.needsReview }, ACTOR);
      }
      plan.media.forEach((m, i) => {
        registerMedia(db, prepared[i]!, { alt: m.alt, caption: m.caption, credit: m.credit, sample: m.sample }, ACTOR);
      });
      for (const e of plan.exhibits) {
        upsertExhibit(db, { ...e.input, media: e.media.map((key) => ({ sha256: hashOf.get(key)!.sha256 })) }, ACTOR);
      }
      for (const f of plan.figures) upsertFigure(db, f, ACTOR);
    })();
    waiveSharedIllustrations(db);
    // The demo's administrator with its published, must-change PIN (archive/curation/demo-curator.ts).
    await seedDemoCurator(db);
    return { exhibits: plan.exhibits.length, media: plan.media.length, figures: plan.figures.length };
  } finally {
    archive.close();
  }
}

/**
 * The themed panels of the history share one drawn illustration per theme, on purpose: the facts have no
 * photographs. The content check blocks a photo shown on several exhibits, so the demo records why these
 * are fine as logged waivers, the same way a curator would, and opens with a clean check.
 */
function waiveSharedIllustrations(db: Parameters<typeof publishBlockers>[0]): void {
  const ids = db.prepare<[], { id: number }>('SELECT id FROM exhibits').all().map((r) => r.id);
  for (const f of publishBlockers(db, ids)) {
    if (f.rule !== 'photo-duplicate') continue;
    waiveFinding(db, { key: f.key, reason: '演示档案：同一主题的展板共用一张示例插图。Demo: panels of one theme share one sample illustration.' }, ACTOR);
  }
}
