import { useEffect, useRef } from 'react';
import { CornerGesture } from './corner-gesture';

/**
 * Feeds every pointer on the page to the corner gesture without intercepting anything: listeners are passive
 * and in the capture phase, so the visitor screens under the corners keep working normally.
 */
export function useCornerGesture(enabled: boolean, onGesture: () => void): void {
  const callback = useRef(onGesture);
  callback.current = onGesture;
  useEffect(() => {
    if (!enabled) return;
    const gesture = new CornerGesture(() => ({ width: window.innerWidth, height: window.innerHeight }));
    let timer: number | undefined;
    const armHoldTimer = () => {
      window.clearTimeout(timer);
      const deadline = gesture.holdDeadline();
      if (deadline === null) return;
      timer = window.setTimeout(() => {
        if (gesture.tick(performance.now())) callback.current();
      }, Math.max(0, deadline - performance.now()) + 10);
    };
    const down = (e: PointerEvent) => {
      gesture.pointerDown({ id: e.pointerId, x: e.clientX, y: e.clientY, t: e.timeStamp });
      armHoldTimer();
    };
    const up = (e: PointerEvent) => {
      gesture.pointerUp({ id: e.pointerId, t: e.timeStamp });
      armHoldTimer();
    };
    const cancel = (e: PointerEvent) => {
      gesture.pointerCancel(e.pointerId);
      armHoldTimer();
    };
    const opts = { capture: true, passive: true } as const;
    window.addEventListener('pointerdown', down, opts);
    window.addEventListener('pointerup', up, opts);
    window.addEventListener('pointercancel', cancel, opts);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointerdown', down, opts);
      window.removeEventListener('pointerup', up, opts);
      window.removeEventListener('pointercancel', cancel, opts);
    };
  }, [enabled]);
}
