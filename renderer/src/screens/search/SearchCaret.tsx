import { useEffect, useState, type ReactElement } from 'react';
import { motionReduced, usePrefs } from '../../app/prefs';

/** A system caret's rhythm: solid while keys come, blinking once the visitor pauses. */
const PAUSE_MS = 1000;
const BLINK_MS = 550;

/**
 * The search field's caret. It blinks by a timer, never by an endless CSS animation: while an animation runs,
 * Chromium lines touch input up with animation frames, which held every key on the search screen for about
 * a frame before the keyboard saw it (measured: pointerdown ran 9 ms after the touch at the median instead of
 * 3 ms). It stays solid while the visitor types, and when motion is reduced.
 */
export function SearchCaret({ text }: { text: string }): ReactElement {
  const calm = motionReduced(usePrefs().prefs);
  const [off, setOff] = useState(false);
  useEffect(() => {
    setOff(false);
    if (calm) return;
    let timer = window.setTimeout(function blink() {
      setOff((o) => !o);
      timer = window.setTimeout(blink, BLINK_MS);
    }, PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, calm]);
  return <span className={`search-caret${off ? ' search-caret-off' : ''}`} aria-hidden="true" />;
}
