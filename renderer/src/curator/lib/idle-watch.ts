import { useEffect } from 'react';
import { call } from './curator-api';
import { session } from './session';

const KEEPALIVE_MS = 60_000;

/**
 * Mirrors the archive's inactivity sign-out on the screen: after the idle time with no touch or key, the
 * workspace is covered by the sign-in (so an unattended kiosk shows no drafts). While someone is working
 * (typing a long story without saving), a touch is sent at most once a minute so they are not signed out.
 */
export function useIdleWatch(active: boolean, idleMinutes: number): void {
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    let lastSent = Date.now();
    const onActivity = () => {
      last = Date.now();
      if (last - lastSent > KEEPALIVE_MS) {
        lastSent = last;
        void call('curatorSession', { touch: true }).catch(() => undefined);
      }
    };
    const events = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, onActivity, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= idleMinutes * 60_000) void session.refresh();
    }, 15_000);
    return () => {
      for (const e of events) window.removeEventListener(e, onActivity, { capture: true });
      window.clearInterval(timer);
    };
  }, [active, idleMinutes]);
}
