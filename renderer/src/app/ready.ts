import { useEffect, useLayoutEffect } from 'react';
import type { ScreenName } from './route';

/**
 * The readiness signal tests and the bench wait on: html[data-screen] names the screen on show and
 * html[data-ready] turns "true" only once that screen's content is rendered and can be touched.
 */
export function useScreenReady(screen: ScreenName, ready: boolean): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.screen = screen;
    root.dataset.ready = 'false';
  }, [screen]);
  useEffect(() => {
    if (!ready) return;
    const root = document.documentElement;
    // One frame later the browser has painted what React committed.
    const id = requestAnimationFrame(() => {
      if (root.dataset.screen === screen) root.dataset.ready = 'true';
    });
    return () => cancelAnimationFrame(id);
  }, [screen, ready]);
}
