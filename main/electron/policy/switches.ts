/**
 * Chromium switches set before `ready`. They close the doors a touch kiosk leaves open in a browser: page
 * pinch-zoom (the photo viewer does its own pinch with touch events, which still arrive), swipe-back
 * overscroll navigation, translate bubbles, background network and media keys steering playback.
 */
export function kioskSwitches(): [string, string?][] {
  return [
    ['disable-pinch'],
    ['overscroll-history-navigation', '0'],
    ['disable-features', 'OverscrollHistoryNavigation,TouchpadOverscrollHistoryNavigation,Translate,HardwareMediaKeyHandling,MediaSessionService'],
    ['touch-events', 'enabled'],
    ['disable-background-networking'],
    ['disable-component-update'],
    ['no-first-run'],
    ['autoplay-policy', 'no-user-gesture-required'],
  ];
}
