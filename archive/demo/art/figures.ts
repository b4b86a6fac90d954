import { n } from './svg';

/** One standing or seated person in a crowd scene, drawn as a simple silhouette (no faces, no one real). */
export interface Figure {
  x: number;
  /** Where the feet touch the ground. */
  y: number;
  /** Standing height in pixels; depth in a scene is shown by height alone. */
  h: number;
  cloth: string;
  skin: string;
  cap?: 'peaked' | 'soft' | 'none' | 'hair-long';
  arm?: 'down' | 'wave' | 'forward' | 'salute' | 'shovel';
  flower?: string;
  seated?: boolean;
}

export function figure(f: Figure): string {
  const { x, y, h } = f;
  const head = h * 0.068;
  const hy = y - h * 0.9;
  const sh = y - h * 0.8;
  const waist = f.seated ? y - h * 0.32 : y - h * 0.46;
  const half = h * 0.125;
  const arm = h * 0.05;
  let s = '';
  if (!f.seated) {
    s += `<path d="M${n(x - half * 0.7)},${n(waist)}L${n(x - half * 0.75)},${n(y)}L${n(x - half * 0.1)},${n(y)}L${n(x)},${n(waist + h * 0.06)}L${n(x + half * 0.1)},${n(y)}L${n(x + half * 0.75)},${n(y)}L${n(x + half * 0.7)},${n(waist)}Z" fill="${f.cloth}"/>`;
  } else {
    s += `<path d="M${n(x - half * 0.7)},${n(waist)}h${n(half * 1.4)}v${n(h * 0.08)}h${n(-half * 1.4)}Z" fill="${f.cloth}"/>`;
  }
  s += `<path d="M${n(x - half)},${n(sh + h * 0.03)}Q${n(x - half)},${n(sh)} ${n(x - half * 0.6)},${n(sh - h * 0.01)}L${n(x + half * 0.6)},${n(sh - h * 0.01)}Q${n(x + half)},${n(sh)} ${n(x + half)},${n(sh + h * 0.03)}L${n(x + half * 0.76)},${n(waist)}L${n(x - half * 0.76)},${n(waist)}Z" fill="${f.cloth}"/>`;
  const limb = (x1: number, y1: number, x2: number, y2: number) =>
    `<path d="M${n(x1)},${n(y1)}L${n(x2)},${n(y2)}" stroke="${f.cloth}" stroke-width="${n(arm)}" stroke-linecap="round"/>`;
  switch (f.arm ?? 'down') {
    case 'down':
      s += limb(x - half * 0.88, sh + h * 0.03, x - half * 0.95, waist + h * 0.02) + limb(x + half * 0.88, sh + h * 0.03, x + half * 0.95, waist + h * 0.02);
      break;
    case 'wave':
      s += limb(x - half * 0.88, sh + h * 0.03, x - half * 0.95, waist + h * 0.02) + limb(x + half * 0.88, sh + h * 0.03, x + half * 1.5, sh - h * 0.1) + limb(x + half * 1.5, sh - h * 0.1, x + half * 1.6, sh - h * 0.24);
      break;
    case 'salute':
      s += limb(x - half * 0.88, sh + h * 0.03, x - half * 0.95, waist + h * 0.02) + limb(x + half * 0.88, sh + h * 0.03, x + half * 1.2, hy + head * 0.2) + limb(x + half * 1.2, hy + head * 0.2, x + head * 0.6, hy - head * 0.4);
      break;
    case 'forward':
      s += limb(x - half * 0.88, sh + h * 0.03, x - half * 0.4, sh + h * 0.2) + limb(x + half * 0.88, sh + h * 0.03, x + half * 1.6, sh + h * 0.16);
      break;
    case 'shovel':
      s += limb(x - half * 0.88, sh + h * 0.03, x - half * 0.2, waist - h * 0.02) + limb(x + half * 0.88, sh + h * 0.03, x + half * 1.1, waist + h * 0.05);
      s += `<path d="M${n(x - half * 0.4)},${n(sh - h * 0.02)}L${n(x + half * 1.6)},${n(y)}" stroke="#3a2a1a" stroke-width="${n(h * 0.018)}"/><path d="M${n(x + half * 1.4)},${n(y - h * 0.06)}l${n(h * 0.07)},${n(h * 0.02)}l${n(-h * 0.02)},${n(h * 0.07)}z" fill="#5a5550"/>`;
      break;
  }
  s += `<rect x="${n(x - head * 0.45)}" y="${n(hy + head * 0.6)}" width="${n(head * 0.9)}" height="${n(sh - hy - head * 0.5)}" fill="${f.skin}"/>`;
  s += `<ellipse cx="${n(x)}" cy="${n(hy)}" rx="${n(head * 0.86)}" ry="${n(head)}" fill="${f.skin}"/>`;
  switch (f.cap ?? 'none') {
    case 'peaked':
      s += `<path d="M${n(x - head * 1.1)},${n(hy - head * 0.45)}Q${n(x)},${n(hy - head * 1.7)} ${n(x + head * 1.1)},${n(hy - head * 0.45)}Z" fill="${f.cloth}"/><path d="M${n(x - head * 0.9)},${n(hy - head * 0.45)}h${n(head * 1.8)}l${n(-head * 0.2)},${n(head * 0.3)}h${n(-head * 1.4)}Z" fill="#1a140e"/>`;
      break;
    case 'soft':
      s += `<path d="M${n(x - head * 0.95)},${n(hy - head * 0.25)}Q${n(x)},${n(hy - head * 1.9)} ${n(x + head * 0.95)},${n(hy - head * 0.25)}Z" fill="${f.cloth}"/>`;
      break;
    case 'hair-long':
      s += `<path d="M${n(x - head)},${n(hy + head * 1.3)}Q${n(x - head * 1.2)},${n(hy - head * 1.5)} ${n(x)},${n(hy - head * 1.05)}Q${n(x + head * 1.2)},${n(hy - head * 1.5)} ${n(x + head)},${n(hy + head * 1.3)}L${n(x + head * 0.7)},${n(hy)}Q${n(x)},${n(hy - head * 0.7)} ${n(x - head * 0.7)},${n(hy)}Z" fill="#231a14"/>`;
      break;
    case 'none':
      s += `<path d="M${n(x - head * 0.88)},${n(hy - head * 0.1)}Q${n(x)},${n(hy - head * 1.6)} ${n(x + head * 0.88)},${n(hy - head * 0.1)}Q${n(x)},${n(hy - head * 0.75)} ${n(x - head * 0.88)},${n(hy - head * 0.1)}Z" fill="#231a14"/>`;
      break;
  }
  if (f.flower) {
    const fx = x - half * 0.35;
    const fy = sh + h * 0.1;
    s += `<circle cx="${n(fx)}" cy="${n(fy)}" r="${n(h * 0.045)}" fill="${f.flower}"/><circle cx="${n(fx)}" cy="${n(fy)}" r="${n(h * 0.02)}" fill="#ffffff" fill-opacity="0.3"/><path d="M${n(fx - h * 0.012)},${n(fy + h * 0.04)}l${n(-h * 0.01)},${n(h * 0.07)}M${n(fx + h * 0.012)},${n(fy + h * 0.04)}l${n(h * 0.01)},${n(h * 0.07)}" stroke="${f.flower}" stroke-width="${n(h * 0.012)}"/>`;
  }
  return s;
}
