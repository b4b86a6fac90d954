import { drawDigits } from './digits';
import { emblem, laurel, type Emblem } from './emblems';
import { makeRng } from './rng';
import { mix, n, radial, svgDoc } from './svg';

export interface PosterSpec {
  seed: string;
  emblem: Emblem;
  /** Drawn large when given; themed panels without a reported year carry no year at all. */
  year?: number;
  /** Sample events get their own cooler palette so they never look like the reported facts. */
  tone: 'fact' | 'panel' | 'sample';
}

export const POSTER_SIZE = { width: 1440, height: 960 } as const;
const W = POSTER_SIZE.width;
const H = POSTER_SIZE.height;

const TONES = {
  fact: { bg: ['#9e1b22', '#5e0d12'], fg: '#f1cf7a', accent: '#c8102e', line: '#e2b65a' },
  panel: { bg: ['#7a2a1e', '#3e1410'], fg: '#efd9a6', accent: '#b3262d', line: '#d8b068' },
  sample: { bg: ['#3c4f63', '#1f2c3a'], fg: '#e4ddc8', accent: '#6d8aa6', line: '#b8c4cc' },
} as const;

/** A plaque-style poster for a timeline entry: an emblem, the year drawn in strokes, a laurel and a frame. */
export function posterSvg(spec: PosterSpec): string {
  const rng = makeRng(`poster:${spec.seed}`);
  const tone = TONES[spec.tone];
  const variant = rng.int(0, 2);
  // The sunburst turns by a seeded angle, so two posters for the same year and theme still differ.
  const spin = rng.range(0, 10);
  let rays = '';
  for (let i = 0; i < 36; i++) {
    const a0 = ((i * 10 - 90 + spin) * Math.PI) / 180;
    const a1 = ((i * 10 - 85 + spin) * Math.PI) / 180;
    const cy = spec.year ? 300 : H / 2;
    rays += `<path d="M${W / 2},${cy}L${n(W / 2 + 1600 * Math.cos(a0))},${n(cy + 1600 * Math.sin(a0))}L${n(W / 2 + 1600 * Math.cos(a1))},${n(cy + 1600 * Math.sin(a1))}Z" fill="#ffffff" fill-opacity="0.04"/>`;
  }
  let band = '';
  if (variant === 0) {
    // Battlements along the foot: the wall as a sign of defence.
    for (let x = 60; x < W - 60; x += 80) band += `<rect x="${x}" y="${H - 130}" width="48" height="34" fill="${tone.line}" fill-opacity="0.5"/>`;
    band += `<rect x="60" y="${H - 98}" width="${W - 120}" height="20" fill="${tone.line}" fill-opacity="0.5"/>`;
  } else if (variant === 1) {
    // Rolling steppe hills.
    band = `<path d="M60,${H - 80}C400,${H - 180} 700,${H - 60} 1000,${H - 140}S1300,${H - 120} ${W - 60},${H - 150}V${H - 60}H60Z" fill="${tone.line}" fill-opacity="0.25"/>`;
  } else {
    // A row of small stars.
    for (let x = 120; x < W - 100; x += 120) band += `<circle cx="${x}" cy="${H - 110}" r="6" fill="${tone.line}" fill-opacity="0.6"/>`;
  }
  const frame = `<rect x="30" y="30" width="${W - 60}" height="${H - 60}" fill="none" stroke="${tone.line}" stroke-width="6"/><rect x="48" y="48" width="${W - 96}" height="${H - 96}" fill="none" stroke="${tone.line}" stroke-width="2"/>`;
  const body = spec.year
    ? laurel(W / 2, 215, 150, mix(tone.fg, tone.bg[0], 0.4), 140) +
      emblem(spec.emblem, W / 2, 215, 0.95, tone.fg, tone.accent) +
      `<path d="M${W / 2 - 440},410H${W / 2 + 440}" stroke="${tone.line}" stroke-width="3"/>` +
      drawDigits(String(spec.year), W / 2 + 6, 616, 260, mix(tone.bg[1], '#000000', 0.4), 30) +
      drawDigits(String(spec.year), W / 2, 610, 260, tone.fg, 26)
    : laurel(W / 2, H / 2 - 10, 300, mix(tone.fg, tone.bg[0], 0.4), 145) + emblem(spec.emblem, W / 2, H / 2 - 10, 1.6, tone.fg, tone.accent);
  return svgDoc(W, H, radial('pbg', [[0, tone.bg[0]], [1, tone.bg[1]]], 0.5, 0.35, 0.9), `<rect width="${W}" height="${H}" fill="url(#pbg)"/>${rays}${band}${frame}${body}`);
}
