/** The photo viewer's root: the only place where pinch, pan and double-tap may act. */
export const GESTURE_ZONE = '.pswp';

function inGestureZone(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(GESTURE_ZONE) !== null;
}

/**
 * Kiosk touch policy for the whole document: no long-press menu, no text selection, no image dragging, no
 * page zoom (pinch, ctrl+wheel, double-tap, Safari gestures). CSS does most of it: touch-action (no pinch or
 * double-tap zoom outside the viewer), user-select and overscroll-behavior in base.css. These listeners close
 * what CSS cannot: a second finger outside the viewer is refused even where a shell ignores touch-action.
 * (Measured: with this blocking touchmove listener Chromium also turns a tap right after a swipe into a click
 * instead of swallowing it as the end of a fling.) Returns a function that undoes it.
 */
export function installTouchPolicy(doc: Document = document): () => void {
  const prevent = (e: Event) => {
    if (e.cancelable) e.preventDefault();
  };
  const outsideViewer = (e: Event) => {
    if (!inGestureZone(e.target)) prevent(e);
  };
  const zoomWheel = (e: WheelEvent) => {
    if (e.ctrlKey && !inGestureZone(e.target)) prevent(e);
  };
  const multiTouch = (e: TouchEvent) => {
    if (e.touches.length > 1 && !inGestureZone(e.target)) prevent(e);
  };
  const listeners: [string, EventListener, AddEventListenerOptions][] = [
    ['contextmenu', prevent, { capture: true }],
    ['selectstart', prevent, { capture: true }],
    ['dragstart', prevent, { capture: true }],
    ['gesturestart', outsideViewer, { capture: true }],
    ['wheel', zoomWheel as EventListener, { capture: true, passive: false }],
    ['touchmove', multiTouch as EventListener, { capture: true, passive: false }],
  ];
  for (const [type, fn, opts] of listeners) doc.addEventListener(type, fn, opts);
  return () => {
    for (const [type, fn, opts] of listeners) doc.removeEventListener(type, fn, opts);
  };
}
