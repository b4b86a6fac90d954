import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { Lang } from '../../../../archive/api/contract';
import { counterValue, formatFigure } from '../../format/number';

const DURATION_MS = 1600;

/**
 * A figure that counts up from zero when it first comes into view (once), or simply shows its value when
 * motion is reduced. Screen readers get the final value straight away.
 */
export function Counter({ value, lang, animate, replay }: { value: number; lang: Lang; animate: boolean; replay: number }): ReactElement {
  const [shown, setShown] = useState(animate ? 0 : value);
  const el = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!animate) {
      setShown(value);
      return;
    }
    let frame = 0;
    let started = 0;
    const tick = (now: number) => {
      if (!started) started = now;
      const p = (now - started) / DURATION_MS;
      setShown(counterValue(value, p));
      if (p < 1) frame = requestAnimationFrame(tick);
    };
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        setShown(0);
        frame = requestAnimationFrame(tick);
      }
    });
    if (el.current) io.observe(el.current);
    return () => {
      io.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [value, animate, replay]);
  const final = formatFigure(value, lang);
  return (
    <span className="counter" ref={el} aria-label={final}>
      <span aria-hidden="true">{formatFigure(shown, lang)}</span>
    </span>
  );
}
