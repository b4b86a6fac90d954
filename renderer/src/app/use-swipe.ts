import { useCallback, useRef, type PointerEvent } from 'react';
import { classifySwipe, type SwipeDirection } from './swipe';

/**
 * Pointer handlers that report a horizontal swipe; a second finger or a browser scroll cancels it. The ref
 * also claims clearly sideways finger moves (a non-passive touchmove that cancels the browser's default):
 * otherwise Chromium treats the swipe as a fling of the page and swallows the visitor's next tap as
 * "stop the fling", so "previous" pressed right after a swipe would do nothing.
 */
export function useSwipe(onSwipe: (d: SwipeDirection) => void) {
  const start = useRef<{ id: number; x: number; y: number; t: number } | null>(null);
  const pointers = useRef(new Set<number>());
  const touchStart = useRef<{ x: number; y: number } | null>(null);
  const cleanup = useRef<(() => void) | null>(null);

  const ref = useCallback((el: HTMLElement | null) => {
    cleanup.current?.();
    cleanup.current = null;
    if (!el) return;
    const down = (e: TouchEvent) => {
      const t = e.touches[0];
      touchStart.current = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
    };
    const move = (e: TouchEvent) => {
      const s = touchStart.current;
      const t = e.touches[0];
      if (!s || !t || e.touches.length !== 1 || !e.cancelable) return;
      const dx = Math.abs(t.clientX - s.x);
      const dy = Math.abs(t.clientY - s.y);
      // Only when the move is clearly sideways, and not inside a strip that scrolls sideways itself.
      if (dx > 12 && dx > dy * 1.5 && !(e.target instanceof Element && e.target.closest('.exhibit-strip, .related-strip'))) e.preventDefault();
    };
    el.addEventListener('touchstart', down, { passive: true });
    el.addEventListener('touchmove', move, { passive: false });
    cleanup.current = () => {
      el.removeEventListener('touchstart', down);
      el.removeEventListener('touchmove', move);
    };
  }, []);

  return {
    ref,
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      pointers.current.add(e.pointerId);
      start.current = pointers.current.size === 1 && e.isPrimary ? { id: e.pointerId, x: e.clientX, y: e.clientY, t: e.timeStamp } : null;
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      pointers.current.delete(e.pointerId);
      const s = start.current;
      if (!s || s.id !== e.pointerId) return;
      start.current = null;
      const d = classifySwipe(e.clientX - s.x, e.clientY - s.y, e.timeStamp - s.t, e.currentTarget.clientWidth);
      if (d) onSwipe(d);
    },
    onPointerCancel: (e: PointerEvent<HTMLElement>) => {
      pointers.current.delete(e.pointerId);
      start.current = null;
    },
  };
}
