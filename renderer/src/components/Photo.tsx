import type { ReactElement } from 'react';
import type { MediaRef } from '../../../archive/api/contract';
import { mediaUrl } from '../api/media-url';
import { useLang } from '../app/prefs';
import { pickText } from '../i18n/local-text';

/**
 * A stored image at the derivative that fits: never dragged, decoded off the main thread, and laid out at its
 * real aspect ratio before it arrives so nothing jumps.
 */
export function Photo({ media, variant, alt, className, eager = false, fit = 'cover' }: { media: MediaRef; variant: 'thumb' | 'screen'; alt?: string; className?: string; eager?: boolean; fit?: 'cover' | 'contain' }): ReactElement {
  const lang = useLang();
  const size = variant === 'thumb' ? media.thumb : media.screen;
  return (
    <img
      className={`photo photo-${fit}${className ? ` ${className}` : ''}`}
      src={mediaUrl(media.sha256, variant)}
      width={size.width}
      height={size.height}
      alt={alt ?? pickText(media.alt, lang).text}
      draggable={false}
      decoding="async"
      loading={eager ? 'eager' : 'lazy'}
    />
  );
}
