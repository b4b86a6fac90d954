import type { MediaRef } from '../../../../archive/api/contract';

export interface ViewerItem {
  src: string;
  srcset: string;
  width: number;
  height: number;
  msrc: string;
  alt: string;
}

/**
 * PhotoSwipe slides for an exhibit's photos. The slide is sized as the original, so full zoom is one image
 * pixel per screen pixel; srcset offers the screen derivative and the original, and PhotoSwipe raises `sizes`
 * as the visitor zooms, so the browser shows the screen image first and fetches the original only on zoom.
 */
export function viewerItems(media: readonly MediaRef[], url: (sha: string, variant: 'thumb' | 'screen' | 'original') => string, alt: (m: MediaRef) => string): ViewerItem[] {
  return media.map((m) => {
    const screen = url(m.sha256, 'screen');
    const original = url(m.sha256, 'original');
    const srcset = m.width > m.screen.width ? `${screen} ${m.screen.width}w, ${original} ${m.width}w` : `${screen} ${m.screen.width}w`;
    return { src: screen, srcset, width: m.width, height: m.height, msrc: url(m.sha256, 'thumb'), alt: alt(m) };
  });
}
