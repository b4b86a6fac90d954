import type { ReactElement } from 'react';
import type { MediaRef } from '../../../archive/api/contract';
import { mediaUrl } from '../api/media-url';

/**
 * A stored image at the derivative that fits: never dragged, decoded off the main thread, and laid out at its
 * real aspect ratio before it arrives so nothing jumps. `alt` is the caller's: every picture on the visitor's
 * screens sits beside text that names it, so most pass "".
 */
export function Photo({ media, variant, alt, className, eager = false, fit = 'cover' }: { media: MediaRef; variant: 'thumb' | 'screen'; alt: string; className?: string; eager?: boolean; fit?: 'cover' | 'contain' }): ReactElement {
  const size = variant === 'thumb' ? media.thumb : media.screen;
  return (
    <img
      className={`photo photo-${fit}${className ? ` ${className}` : ''}`}
      src={mediaUrl(media.sha256, variant)}
      width={size.width}
      height={size.height}
      alt={alt}
      draggable={false}
      decoding="async"
      loading={eager ? 'eager' : 'lazy'}
    />
  );
}
