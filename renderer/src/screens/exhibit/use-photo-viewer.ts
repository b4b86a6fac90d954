import PhotoSwipe from 'photoswipe';
import 'photoswipe/style.css';
import { useCallback, useEffect, useRef } from 'react';
import type { MediaRef } from '../../../../archive/api/contract';
import { mediaUrl } from '../../api/media-url';
import { useLang } from '../../app/prefs';
import { pickText } from '../../i18n/local-text';
import { useT } from '../../i18n/use-t';
import { viewerItems } from './viewer-items';
import './viewer.css';

/**
 * The full-screen photo viewer (PhotoSwipe 5): pinch, pan and double-tap zoom, swipe between photos. It is the
 * only place in the kiosk where those gestures act. Closing the screen, or a reset, destroys it, so no zoom
 * state reaches the next visitor.
 */
export function usePhotoViewer(media: readonly MediaRef[], reducedMotion: boolean): { open: (index: number) => void } {
  const t = useT();
  const lang = useLang();
  const current = useRef<PhotoSwipe | null>(null);

  useEffect(
    () => () => {
      current.current?.destroy();
      current.current = null;
    },
    [],
  );

  const open = useCallback(
    (index: number) => {
      current.current?.destroy();
      const caption = (m: MediaRef | undefined) => (m ? pickText(m.caption, lang).text || pickText(m.alt, lang).text : '');
      const pswp = new PhotoSwipe({
        dataSource: viewerItems(media, mediaUrl, (m) => pickText(m.alt, lang).text),
        index,
        bgOpacity: 1,
        showHideAnimationType: reducedMotion ? 'none' : 'fade',
        zoomAnimationDuration: reducedMotion ? 0 : 300,
        showAnimationDuration: reducedMotion ? 0 : 250,
        hideAnimationDuration: reducedMotion ? 0 : 250,
        initialZoomLevel: 'fit',
        secondaryZoomLevel: 2.5,
        maxZoomLevel: 4,
        tapAction: false,
        doubleTapAction: 'zoom',
        imageClickAction: 'zoom',
        bgClickAction: false,
        closeOnVerticalDrag: true,
        pinchToClose: false,
        wheelToZoom: true,
        arrowKeys: true,
        loop: false,
        padding: { top: 120, bottom: 140, left: 24, right: 24 },
        closeTitle: t('viewer.close'),
        zoomTitle: t('viewer.zoom'),
        arrowPrevTitle: t('viewer.previous'),
        arrowNextTitle: t('viewer.next'),
        errorMsg: t('viewer.error'),
        indexIndicatorSep: t('viewer.of'),
        mainClass: 'kiosk-viewer',
        // One neighbour each side. PhotoSwipe's default [1, 2] left an image element alive after every close
        // (measured with the DevTools node counter over repeated visits), and a kiosk runs for months.
        preload: [1, 1],
      });
      pswp.on('uiRegister', () => {
        pswp.ui?.registerElement({
          name: 'kiosk-caption',
          order: 9,
          isButton: false,
          appendTo: 'root',
          onInit: (el) => {
            el.setAttribute('aria-live', 'polite');
            const text = document.createElement('p');
            text.className = 'kiosk-caption-text';
            const hint = document.createElement('p');
            hint.className = 'kiosk-caption-hint';
            hint.textContent = t('viewer.hint');
            el.append(text, hint);
            const update = () => {
              text.textContent = caption(media[pswp.currIndex]);
            };
            pswp.on('change', update);
            update();
          },
        });
      });
      // Readiness for tests and the bench: PhotoSwipe ignores "close" until its opening animation is done.
      pswp.on('openingAnimationEnd', () => pswp.element?.setAttribute('data-ready', 'true'));
      // PhotoSwipe appends a neighbouring photo's <img srcset sizes> only once its decode() has finished, so a
      // viewer closed (or reset away) while a neighbour decodes leaves an image that never entered the document.
      // Chromium keeps such an image registered to re-pick its srcset candidate on viewport changes, for the
      // life of the page: the bench's DOM nodes grew 97 → 101 over visits, more often on a busy machine.
      // Dropping srcset unregisters it, and the image goes with the viewer.
      const images = new Set<HTMLImageElement>();
      pswp.on('contentLoadImage', ({ content }) => {
        if (content.element instanceof HTMLImageElement) images.add(content.element);
      });
      pswp.on('destroy', () => {
        for (const img of images) img.removeAttribute('srcset');
        images.clear();
        if (current.current === pswp) current.current = null;
      });
      current.current = pswp;
      pswp.init();
    },
    [media, lang, t, reducedMotion],
  );

  return { open };
}
