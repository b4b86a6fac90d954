export type MediaVariant = 'thumb' | 'screen' | 'original';

// Read once: a page never changes its protocol, and `location` is slow to reach from script, while a fast
// scroll through a gallery asks for a URL per tile it mounts.
const PREFIX = typeof location !== 'undefined' && location.protocol === 'app:' ? 'media://m/' : '/media/';

/** Media are addressed by hash: `media://m/<sha>/<variant>` under Electron, `/media/<sha>/<variant>` over HTTP. */
export function mediaUrl(sha256: string, variant: MediaVariant): string {
  return `${PREFIX}${sha256}/${variant}`;
}
