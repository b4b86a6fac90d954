import { useCallback, useEffect, useRef, useState } from 'react';
import { idlePhase, type IdlePhase } from './idle-phase';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * Watches for touches anywhere (capture phase, so the photo viewer and the keyboard count too) and reports
 * the idle phase; `onExpire` runs once when the countdown runs out.
 */
export function useIdle(enabled: boolean, idleSeconds: number, countdownSeconds: number, onExpire: () => void): { phase: IdlePhase; stillHere: () => void } {
  const last = useRef(Date.now());
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'active', msToWarning: idleSeconds * 1000 });
  const expire = useRef(onExpire);
  expire.current = onExpire;

  const evaluate = useCallback(() => idlePhase(Date.now(), last.current, idleSeconds * 1000, countdownSeconds * 1000), [idleSeconds, countdownSeconds]);

  const stillHere = useCallback(() => {
    last.current = Date.now();
    setPhase(evaluate());
  }, [evaluate]);

  useEffect(() => {
    if (!enabled) return;
    last.current = Date.now();
    // A touch only records the time. The "Still there?" dialog must not vanish on the finger going down:
    // the click that follows would land on whatever lies under its button (an exhibit behind "Continue").
    // The dialog's own buttons and backdrop answer the click; any other touch closes it at the next tick.
    const touch = () => {
      last.current = Date.now();
    };
    for (const e of ACTIVITY) document.addEventListener(e, touch, { capture: true, passive: true });
    return () => {
      for (const e of ACTIVITY) document.removeEventListener(e, touch, { capture: true });
    };
  }, [enabled, evaluate]);

  useEffect(() => {
    if (!enabled) return;
    let timer = 0;
    const step = () => {
      const p = evaluate();
      setPhase((old) => (old.kind === p.kind && (p.kind !== 'warning' || (old.kind === 'warning' && old.secondsLeft === p.secondsLeft)) ? old : p));
      if (p.kind === 'expired') {
        expire.current();
        return;
      }
      timer = window.setTimeout(step, p.kind === 'active' ? p.msToWarning + 5 : p.msToNextTick + 5);
    };
    step();
    return () => window.clearTimeout(timer);
  }, [enabled, evaluate, phase.kind]);

  return { phase, stillHere };
}
