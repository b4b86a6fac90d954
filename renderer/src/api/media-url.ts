export type MediaVariant = 'thumb' | 'screen' | 'original';

/** Media are addressed by hash: `media://m/<sha>/<variant>` under Electron, `/media/<sha>/<variant>` over HTTP. */
export function mediaUrl(sha256: string, variant: MediaVariant): string {
  if (typeof location !== 'undefined' && location.protocol === 'app:') return `media://m/${sha256}/${variant}`;
  return `/media/${sha256}/${variant}`;
}
