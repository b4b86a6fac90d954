import { n } from './svg';

/**
 * Digits drawn as strokes in a 100×160 box. Years are drawn, not typeset: SVG text would be rendered with
 * whatever font the machine has, so the same archive would look different (and hash differently) per kiosk.
 */
const DIGITS: Record<string, string> = {
  '0': 'M50,8C10,8 8,50 8,80C8,110 10,152 50,152C90,152 92,110 92,80C92,50 90,8 50,8Z',
  '1': 'M26,36L58,8V152',
  '2': 'M12,42C12,10 88,4 88,44C88,82 14,108 10,152H92',
  '3': 'M14,22C40,0 88,6 86,40C84,70 54,76 42,76C62,76 92,84 90,116C88,152 36,160 10,138',
  '4': 'M70,152V8L8,110H96',
  '5': 'M86,8H22L14,72C40,58 92,60 90,106C88,150 36,160 10,136',
  '6': 'M82,14C50,0 10,20 10,90C10,140 40,152 52,152C80,152 92,130 92,108C92,84 76,66 52,66C30,66 12,84 10,100',
  '7': 'M8,8H92L40,152',
  '8': 'M50,76C20,76 14,56 14,42C14,20 30,8 50,8C70,8 86,20 86,42C86,56 80,76 50,76C18,76 10,100 10,114C10,138 30,152 50,152C70,152 90,138 90,114C90,100 82,76 50,76Z',
  '9': 'M90,60C88,84 72,94 50,94C26,94 10,78 10,52C10,26 28,8 50,8C76,8 90,26 90,60C90,120 60,152 18,146',
};

export const DIGIT_BOX = { width: 100, height: 160, gap: 34 } as const;

/** Draws a string of digits centred on (cx, cy) at the given digit height. Anything but 0–9 is refused. */
export function drawDigits(text: string, cx: number, cy: number, height: number, colour: string, strokeWidth = 20): string {
  if (!/^\d+$/.test(text)) throw new Error(`only digits can be drawn, not "${text}"`);
  const scale = height / DIGIT_BOX.height;
  const total = text.length * DIGIT_BOX.width + (text.length - 1) * DIGIT_BOX.gap;
  const x0 = cx - (total * scale) / 2;
  const y0 = cy - height / 2;
  return [...text]
    .map(
      (d, i) =>
        `<path transform="translate(${n(x0 + i * (DIGIT_BOX.width + DIGIT_BOX.gap) * scale)} ${n(y0)}) scale(${scale.toFixed(4)})" d="${DIGITS[d]}" fill="none" stroke="${colour}" stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round"/>`,
    )
    .join('');
}
