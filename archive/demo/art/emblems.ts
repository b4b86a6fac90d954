import { n, starPath } from './svg';

/** One emblem per theme of the report, drawn in a 200×200 box centred on (cx, cy) at scale s. */
export type Emblem = 'star' | 'medal' | 'plaque' | 'wheat' | 'book' | 'monument' | 'heart' | 'broadcast' | 'wreath' | 'tree' | 'train' | 'handshake';

function leaf(x: number, y: number, angle: number, len: number, colour: string): string {
  return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(len)}" ry="${n(len * 0.36)}" transform="rotate(${n(angle)} ${n(x)} ${n(y)})" fill="${colour}"/>`;
}

/**
 * Two laurel branches rising from the bottom of a circle of radius r round (cx, cy), up to `reach` degrees
 * from the bottom: the frame of honour boards and medals.
 */
export function laurel(cx: number, cy: number, r: number, colour: string, reach = 130): string {
  const at = (side: number, deg: number) => {
    const phi = (deg * Math.PI) / 180;
    return { x: cx + side * r * Math.sin(phi), y: cy + r * Math.cos(phi) };
  };
  let out = '';
  for (const side of [-1, 1]) {
    const a = at(side, 12);
    const b = at(side, reach);
    out += `<path d="M${n(a.x)},${n(a.y)}A${n(r)},${n(r)} 0 0 ${side > 0 ? 0 : 1} ${n(b.x)},${n(b.y)}" fill="none" stroke="${colour}" stroke-width="${n(r * 0.025)}"/>`;
    const count = Math.round(reach / 11);
    for (let i = 0; i < count; i++) {
      const deg = 16 + ((reach - 16) * i) / count;
      const p = at(side, deg);
      const q = at(side, deg + 4);
      const tangent = (Math.atan2(q.y - p.y, q.x - p.x) * 180) / Math.PI;
      const len = r * 0.11 * (1 - (0.35 * i) / count);
      for (const off of [-1, 1]) {
        const rad = ((tangent + off * 40) * Math.PI) / 180;
        out += leaf(p.x + Math.cos(rad) * len * 0.9, p.y + Math.sin(rad) * len * 0.9, tangent + off * 40, len, colour);
      }
    }
  }
  return out;
}

export function emblem(kind: Emblem, cx: number, cy: number, s: number, fg: string, accent: string): string {
  const t = (x: number, y: number) => `${n(cx + (x - 100) * s)},${n(cy + (y - 100) * s)}`;
  const w = (v: number) => n(v * s);
  switch (kind) {
    case 'star': {
      let rays = '';
      for (let i = 0; i < 16; i++) {
        const a = (i * 22.5 * Math.PI) / 180;
        rays += `<path d="M${t(100 + 70 * Math.cos(a), 100 + 70 * Math.sin(a))}L${t(100 + 98 * Math.cos(a), 100 + 98 * Math.sin(a))}" stroke="${fg}" stroke-width="${w(6)}" stroke-linecap="round"/>`;
      }
      return `${rays}<circle cx="${n(cx)}" cy="${n(cy)}" r="${w(60)}" fill="${accent}"/><path d="${starPath(cx, cy, 50 * s)}" fill="${fg}"/>`;
    }
    case 'medal':
      return `<path d="M${t(60, 10)}L${t(140, 10)}L${t(122, 92)}L${t(78, 92)}Z" fill="${accent}"/><path d="M${t(92, 10)}L${t(108, 10)}L${t(104, 92)}L${t(96, 92)}Z" fill="${fg}"/><circle cx="${n(cx)}" cy="${n(cy + 40 * s)}" r="${w(58)}" fill="${fg}"/><path d="${starPath(cx, cy + 40 * s, 40 * s)}" fill="${accent}"/>`;
    case 'plaque':
      return `<rect x="${n(cx - 90 * s)}" y="${n(cy - 60 * s)}" width="${w(180)}" height="${w(120)}" rx="${w(8)}" fill="${accent}" stroke="${fg}" stroke-width="${w(8)}"/><rect x="${n(cx - 72 * s)}" y="${n(cy - 42 * s)}" width="${w(144)}" height="${w(84)}" fill="none" stroke="${fg}" stroke-width="${w(3)}"/><path d="${starPath(cx, cy, 30 * s)}" fill="${fg}"/>`;
    case 'wheat': {
      let out = '';
      for (const side of [-1, 1]) {
        out += `<path d="M${t(100, 190)}Q${t(100 + side * 20, 100)} ${t(100 + side * 50, 20)}" stroke="${fg}" stroke-width="${w(5)}" fill="none"/>`;
        for (let i = 0; i < 7; i++) {
          const y = 40 + i * 18;
          const x = 100 + side * (50 - i * 6);
          out += leaf(cx + (x - 100 + side * 10) * s, cy + (y - 100) * s, side * 35 - 90, 16 * s, fg) + leaf(cx + (x - 100 - side * 10) * s, cy + (y - 100) * s, -side * 35 - 90, 16 * s, fg);
        }
      }
      return out + `<path d="${starPath(cx, cy - 10 * s, 22 * s)}" fill="${accent}"/>`;
    }
    case 'book':
      return `<path d="M${t(100, 70)}Q${t(60, 50)} ${t(15, 62)}V${t(15, 170).split(',')[1]}" fill="none"/><path d="M${t(100, 78)}C${t(70, 58)} ${t(40, 58)} ${t(14, 70)}L${t(14, 168)}C${t(40, 156)} ${t(70, 156)} ${t(100, 176)}Z" fill="${fg}"/><path d="M${t(100, 78)}C${t(130, 58)} ${t(160, 58)} ${t(186, 70)}L${t(186, 168)}C${t(160, 156)} ${t(130, 156)} ${t(100, 176)}Z" fill="${fg}" fill-opacity="0.85"/><path d="${starPath(cx, cy - 62 * s, 30 * s)}" fill="${accent}"/>`;
    case 'monument':
      return `<path d="M${t(86, 20)}L${t(114, 20)}L${t(124, 160)}L${t(76, 160)}Z" fill="${fg}"/><path d="M${t(86, 20)}L${t(100, 2)}L${t(114, 20)}Z" fill="${fg}"/><rect x="${n(cx - 70 * s)}" y="${n(cy + 60 * s)}" width="${w(140)}" height="${w(24)}" fill="${fg}"/><rect x="${n(cx - 90 * s)}" y="${n(cy + 84 * s)}" width="${w(180)}" height="${w(16)}" fill="${fg}"/><path d="${starPath(cx, cy - 40 * s, 14 * s)}" fill="${accent}"/>`;
    case 'heart':
      return `<path d="M${t(100, 180)}C${t(20, 120)} ${t(0, 60)} ${t(50, 30)}C${t(80, 14)} ${t(100, 40)} ${t(100, 56)}C${t(100, 40)} ${t(120, 14)} ${t(150, 30)}C${t(200, 60)} ${t(180, 120)} ${t(100, 180)}Z" fill="${fg}"/><path d="${starPath(cx, cy - 4 * s, 34 * s)}" fill="${accent}"/>`;
    case 'broadcast': {
      let waves = '';
      for (let i = 1; i <= 3; i++) waves += `<path d="M${t(100 - 24 * i, 40 - 10 * i)}A${w(34 * i)},${w(34 * i)} 0 0 1 ${t(100 + 24 * i, 40 - 10 * i)}" fill="none" stroke="${fg}" stroke-width="${w(8)}" stroke-linecap="round"/>`;
      return `${waves}<path d="M${t(100, 44)}L${t(60, 190)}M${t(100, 44)}L${t(140, 190)}M${t(80, 116)}L${t(120, 116)}M${t(70, 154)}L${t(130, 154)}" stroke="${fg}" stroke-width="${w(10)}" stroke-linecap="round"/><circle cx="${n(cx)}" cy="${n(cy - 56 * s)}" r="${w(14)}" fill="${accent}"/>`;
    }
    case 'wreath':
      return laurel(cx, cy, 80 * s, fg, 150) + `<path d="${starPath(cx, cy, 44 * s)}" fill="${accent}"/>`;
    case 'tree':
      return `<rect x="${n(cx - 10 * s)}" y="${n(cy + 20 * s)}" width="${w(20)}" height="${w(80)}" fill="${fg}"/><circle cx="${n(cx)}" cy="${n(cy - 20 * s)}" r="${w(62)}" fill="${fg}"/><circle cx="${n(cx - 50 * s)}" cy="${n(cy + 10 * s)}" r="${w(38)}" fill="${fg}"/><circle cx="${n(cx + 50 * s)}" cy="${n(cy + 10 * s)}" r="${w(38)}" fill="${fg}"/><path d="${starPath(cx, cy - 24 * s, 24 * s)}" fill="${accent}"/>`;
    case 'train':
      return `<rect x="${n(cx - 90 * s)}" y="${n(cy - 50 * s)}" width="${w(180)}" height="${w(110)}" rx="${w(18)}" fill="${fg}"/><rect x="${n(cx - 70 * s)}" y="${n(cy - 32 * s)}" width="${w(60)}" height="${w(40)}" rx="${w(6)}" fill="${accent}"/><rect x="${n(cx + 10 * s)}" y="${n(cy - 32 * s)}" width="${w(60)}" height="${w(40)}" rx="${w(6)}" fill="${accent}"/><circle cx="${n(cx - 50 * s)}" cy="${n(cy + 72 * s)}" r="${w(18)}" fill="${fg}"/><circle cx="${n(cx + 50 * s)}" cy="${n(cy + 72 * s)}" r="${w(18)}" fill="${fg}"/><path d="M${t(0, 196)}H${t(200, 196).split(',')[0]}" stroke="${fg}" stroke-width="${w(6)}"/>`;
    case 'handshake':
      return `<path d="M${t(10, 90)}L${t(70, 70)}L${t(120, 96)}L${t(100, 118)}L${t(60, 104)}Z" fill="${fg}"/><path d="M${t(190, 90)}L${t(130, 70)}L${t(80, 110)}C${t(90, 130)} ${t(110, 140)} ${t(130, 130)}L${t(190, 120)}Z" fill="${fg}" fill-opacity="0.85"/><path d="${starPath(cx, cy - 56 * s, 26 * s)}" fill="${accent}"/>`;
  }
}
