import type { ExhibitTile, MediaRef } from '../../../../archive/api/contract';

export interface Slide {
  key: string;
  media: MediaRef;
  tile: ExhibitTile;
}

/**
 * The attract loop's running order: the chosen collections' pictured exhibits, dealt round-robin so portraits
 * and history photos alternate, each picture once, capped so the loop stays light.
 */
export function buildSlides(groups: readonly (readonly ExhibitTile[])[], max = 36): Slide[] {
  const seen = new Set<string>();
  const queues = groups.map((g) => g.filter((t) => t.cover !== null));
  const out: Slide[] = [];
  for (let i = 0; out.length < max && queues.some((q) => i < q.length); i++) {
    for (const q of queues) {
      const tile = q[i];
      if (!tile?.cover || seen.has(tile.cover.sha256)) continue;
      seen.add(tile.cover.sha256);
      out.push({ key: `${tile.id}-${tile.cover.sha256.slice(0, 8)}`, media: tile.cover, tile });
      if (out.length >= max) break;
    }
  }
  return out;
}

/** Which collections the loop draws from: the kiosk's setting when it names real ones, else all of them. */
export function attractSources(all: readonly { slug: string }[], configured: readonly string[]): string[] {
  const known = new Set(all.map((c) => c.slug));
  const chosen = configured.filter((s) => known.has(s));
  return chosen.length > 0 ? [...new Set(chosen)] : all.map((c) => c.slug);
}
