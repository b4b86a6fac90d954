import { figure, type Figure } from './figures';
import { makeRng, type Rng } from './rng';
import { linear, mix, n, radial, starPath, svgDoc } from './svg';


export type Scene = 'ceremony' | 'sendoff' | 'welcome' | 'trees' | 'lecture' | 'greenhouse' | 'rescue' | 'group' | 'medals';

export interface PhotoSpec {
  seed: string;
  scene: Scene;
  /** 1 is a full sepia print of the 1950s; lower values read as faded colour film of later decades. */
  sepia: number;
  /** An old print's white border. */
  border: boolean;
}

export const PHOTO_SIZE = { width: 1600, height: 1066 } as const;
const W = PHOTO_SIZE.width;
const H = PHOTO_SIZE.height;

const OLIVE = ['#4b5a36', '#56663d', '#505e38'];
const CIVIL = ['#2e3a52', '#4a4640', '#5a4632', '#6b2f2f', '#3d4a3a', '#7a6a55', '#2f4f5f'];
const SKIN = ['#c89a74', '#b98a64', '#d2a684', '#a97a56'];

function crowd(rng: Rng, count: number, x0: number, x1: number, yBack: number, yFront: number, hBack: number, hFront: number, make: (rng: Rng, depth: number) => Partial<Figure>): string {
  const people: Figure[] = [];
  for (let i = 0; i < count; i++) {
    const depth = rng.next();
    const y = yBack + (yFront - yBack) * depth;
    const h = hBack + (hFront - hBack) * depth;
    people.push({ x: rng.range(x0, x1), y, h, cloth: rng.pick(CIVIL), skin: rng.pick(SKIN), ...make(rng, depth) });
  }
  return people.sort((a, b) => a.y - b.y).map(figure).join('');
}

function rows(rng: Rng, rowCount: number, perRow: number, x0: number, x1: number, yBack: number, yFront: number, hBack: number, hFront: number, make: (rng: Rng, row: number) => Partial<Figure>): string {
  let out = '';
  for (let r = 0; r < rowCount; r++) {
    const t = rowCount === 1 ? 1 : r / (rowCount - 1);
    const y = yBack + (yFront - yBack) * t;
    const h = hBack + (hFront - hBack) * t;
    const shrink = (1 - t) * 0.12 * (x1 - x0);
    for (let i = 0; i < perRow; i++) {
      const x = x0 + shrink + ((x1 - x0 - 2 * shrink) * (i + 0.5)) / perRow + rng.range(-4, 4);
      out += figure({ x, y, h: h * rng.range(0.97, 1.03), cloth: rng.pick(OLIVE), skin: rng.pick(SKIN), ...make(rng, r) });
    }
  }
  return out;
}

function sky(top: string, bottom: string): { defs: string; body: string } {
  return { defs: linear('sky', [[0, top], [1, bottom]]), body: `<rect width="${W}" height="${H}" fill="url(#sky)"/>` };
}

function flag(x: number, y: number, w: number, wave: number): string {
  const h = w * 0.66;
  return (
    `<path d="M${x},${y}C${n(x + w * 0.33)},${n(y - wave)} ${n(x + w * 0.66)},${n(y + wave)} ${x + w},${y}L${x + w},${n(y + h)}C${n(x + w * 0.66)},${n(y + h + wave)} ${n(x + w * 0.33)},${n(y + h - wave)} ${x},${n(y + h)}Z" fill="#c8102e"/>` +
    `<path d="${starPath(x + w * 0.17, y + h * 0.28, w * 0.1)}" fill="#ffd400"/>` +
    [[0.33, 0.1], [0.4, 0.2], [0.4, 0.35], [0.33, 0.45]].map(([dx, dy]) => `<path d="${starPath(x + w * dx!, y + h * dy!, w * 0.033)}" fill="#ffd400"/>`).join('')
  );
}

function bunting(rng: Rng, y: number): string {
  let out = `<path d="M0,${y}Q${W / 2},${y + 60} ${W},${y}" stroke="#3a2a1a" stroke-width="3" fill="none"/>`;
  for (let x = 20; x < W; x += 64) {
    const t = x / W;
    const yy = y + 60 * 4 * t * (1 - t) * 0.5 * 2;
    out += `<path d="M${x},${n(yy)}l40,2l-22,44z" fill="${rng.pick(['#c8102e', '#e0b03c', '#2d4f8f', '#2f6b3a'])}"/>`;
  }
  return out;
}

function scene(rng: Rng, kind: Scene): { defs: string; body: string } {
  switch (kind) {
    case 'ceremony': {
      const s = sky('#aac4d8', '#e8eef0');
      const hall = `<rect x="120" y="430" width="1360" height="200" fill="#cfc6b4"/><path d="M90,430L800,330L1510,430Z" fill="#9b5a45"/>${Array.from({ length: 12 }, (_, i) => `<rect x="${170 + i * 112}" y="460" width="26" height="170" fill="#e6dfd0"/>`).join('')}`;
      const ground = `<rect y="620" width="${W}" height="${H - 620}" fill="#b9ad96"/>`;
      const pole = `<rect x="1180" y="120" width="10" height="520" fill="#d8d2c4"/>${flag(1190, 130, 210, 18)}`;
      const troops = rows(rng, 4, 11, 160, 1440, 700, 930, 150, 230, () => ({ cap: 'peaked', arm: 'down' }));
      const officer = figure({ x: 1300, y: 1010, h: 300, cloth: OLIVE[0]!, skin: SKIN[0]!, cap: 'peaked', arm: 'salute' });
      return { defs: s.defs, body: s.body + hall + ground + pole + troops + officer };
    }
    case 'sendoff': {
      const s = sky('#c9d3d8', '#efece4');
      const train = `<rect x="-20" y="300" width="${W + 40}" height="330" rx="24" fill="#3f5a48"/><rect x="-20" y="330" width="${W + 40}" height="22" fill="#d8c78a"/>${Array.from({ length: 11 }, (_, i) => `<rect x="${40 + i * 150}" y="380" width="110" height="120" rx="10" fill="#c9d6dc"/>`).join('')}<rect x="-20" y="630" width="${W + 40}" height="26" fill="#2a2a2a"/>`;
      const platform = `<rect y="640" width="${W}" height="${H - 640}" fill="#b8b0a2"/><path d="M0,660H${W}" stroke="#e8dfa0" stroke-width="10"/>`;
      const recruits = rows(rng, 1, 7, 150, 1050, 960, 960, 330, 330, () => ({ cap: 'soft', flower: '#d7192f', arm: 'down', cloth: rng.pick(OLIVE) }));
      const families = crowd(rng, 6, 1090, 1560, 900, 1040, 250, 330, (r) => ({ arm: r.chance(0.6) ? 'wave' : 'down', cap: r.chance(0.4) ? 'hair-long' : 'none' }));
      return { defs: s.defs, body: s.body + train + platform + bunting(rng, 70) + recruits + families };
    }
    case 'welcome': {
      const s = sky('#b7cde0', '#f1eadb');
      let garland = '';
      for (let a = 0; a <= 180; a += 7) {
        const r = (a * Math.PI) / 180;
        garland += `<circle cx="${n(800 - 470 * Math.cos(r))}" cy="${n(620 - 420 * Math.sin(r))}" r="26" fill="${rng.pick(['#d7192f', '#e0b03c', '#f08aa0', '#ffffff'])}"/>`;
      }
      const arch = `<rect x="300" y="300" width="60" height="420" fill="#c8102e"/><rect x="1240" y="300" width="60" height="420" fill="#c8102e"/>${garland}<rect x="520" y="230" width="560" height="90" fill="#c8102e"/><rect x="540" y="250" width="520" height="50" fill="none" stroke="#e8c25a" stroke-width="4"/>`;
      const ground = `<rect y="700" width="${W}" height="${H - 700}" fill="#bfb59e"/>`;
      const people =
        crowd(rng, 10, 80, 1520, 760, 860, 190, 240, (r) => ({ arm: r.chance(0.5) ? 'wave' : 'down', cap: r.chance(0.3) ? 'hair-long' : 'none' })) +
        figure({ x: 700, y: 1030, h: 360, cloth: CIVIL[1]!, skin: SKIN[1]!, cap: 'none', arm: 'forward', flower: '#d7192f' }) +
        figure({ x: 900, y: 1030, h: 350, cloth: CIVIL[0]!, skin: SKIN[2]!, cap: 'none', arm: 'forward' });
      return { defs: s.defs, body: s.body + ground + arch + people };
    }
    case 'trees': {
      const s = sky('#b8cfd9', '#f2ead6');
      const hills = `<path d="M0,520C300,420 600,560 900,470S1400,430 ${W},500V${H}H0Z" fill="#a9a27a"/><path d="M0,640C400,560 900,660 ${W},600V${H}H0Z" fill="#8e8a62"/>`;
      let saplings = '';
      for (let r = 0; r < 4; r++) {
        for (let i = 0; i < 12; i++) {
          const y = 640 + r * 90;
          const x = 80 + i * 130 + (r % 2) * 60 + rng.range(-10, 10);
          const h = 60 + r * 30;
          saplings += `<path d="M${n(x)},${y}v${-h}" stroke="#5a4630" stroke-width="${4 + r}"/><circle cx="${n(x)}" cy="${y - h}" r="${n(h * 0.3)}" fill="${rng.pick(['#5f7a3a', '#6d8a42', '#4f6a30'])}"/>`;
        }
      }
      const workers = crowd(rng, 7, 120, 1480, 860, 1040, 250, 330, (r) => ({ arm: 'shovel', cloth: r.chance(0.6) ? rng.pick(OLIVE) : rng.pick(CIVIL), cap: r.chance(0.6) ? 'soft' : 'none' }));
      return { defs: s.defs, body: s.body + hills + saplings + workers };
    }
    case 'lecture': {
      const wall = `<rect width="${W}" height="${H}" fill="#e3dccb"/><rect y="760" width="${W}" height="${H - 760}" fill="#a08a6a"/>`;
      let chalk = '';
      for (let i = 0; i < 6; i++) chalk += `<path d="M${n(560 + rng.range(0, 60))},${200 + i * 48}h${n(rng.range(180, 420))}" stroke="#e8ece4" stroke-opacity="0.55" stroke-width="6" stroke-linecap="round"/>`;
      const board = `<rect x="500" y="140" width="760" height="380" fill="#2f4a3c" stroke="#6b4a2a" stroke-width="16"/>${chalk}<path d="${starPath(1150, 260, 60)}" fill="none" stroke="#e8ece4" stroke-opacity="0.6" stroke-width="5"/>`;
      const windows = `<rect x="80" y="150" width="300" height="400" fill="#f5f3ea"/><path d="M230,150v400M80,350h300" stroke="#8a7a5a" stroke-width="10"/>`;
      const teacher = figure({ x: 1380, y: 820, h: 520, cloth: OLIVE[1]!, skin: SKIN[0]!, cap: 'peaked', arm: 'forward' });
      let pupils = '';
      for (let r = 0; r < 3; r++) {
        for (let i = 0; i < 7; i++) {
          const x = 130 + i * 200 + (r % 2) * 60;
          const y = 880 + r * 90;
          pupils += `<rect x="${x - 80}" y="${y - 10}" width="160" height="40" fill="#7a5a3a"/>` + figure({ x, y: y + 80, h: 240 + r * 30, cloth: rng.pick(['#2d4f8f', '#c8102e', '#e6e0d0', '#3d4a3a']), skin: rng.pick(SKIN), cap: rng.chance(0.4) ? 'hair-long' : 'none', seated: true, arm: rng.chance(0.2) ? 'wave' : 'down' });
        }
      }
      return { defs: '', body: wall + windows + board + teacher + pupils };
    }
    case 'greenhouse': {
      const s = sky('#c3d6e2', '#f3ecdc');
      let field = `<rect y="480" width="${W}" height="${H - 480}" fill="#9a8e68"/>`;
      for (let i = 0; i < 14; i++) field += `<path d="M${n(W / 2 + (i - 7) * 40)},640L${n(W / 2 + (i - 7) * 260)},${H}" stroke="#7d7352" stroke-width="6"/>`;
      let houses = '';
      for (let i = 0; i < 5; i++) {
        const x = 40 + i * 330;
        houses += `<path d="M${x},640C${x},420 ${x + 290},420 ${x + 290},640Z" fill="#e9eee9" fill-opacity="0.85" stroke="#7a8a80" stroke-width="4"/>`;
        for (let k = 1; k < 6; k++) houses += `<path d="M${x + k * 48},${n(640 - 210 * Math.sin((k / 6) * Math.PI))}V640" stroke="#7a8a80" stroke-width="3"/>`;
        houses += `<rect x="${x + 20}" y="600" width="250" height="40" fill="#6d8a42" fill-opacity="0.7"/>`;
      }
      const people = crowd(rng, 9, 120, 1480, 700, 1040, 160, 330, (r) => ({ arm: r.chance(0.5) ? 'forward' : 'shovel', cloth: r.chance(0.5) ? rng.pick(OLIVE) : rng.pick(CIVIL), cap: r.chance(0.5) ? 'soft' : 'none' }));
      return { defs: s.defs, body: s.body + field + houses + people };
    }
    case 'rescue': {
      const s = sky('#8c9aa4', '#c9cfcf');
      let river = `<rect y="420" width="${W}" height="260" fill="#6f7f86"/>`;
      for (let i = 0; i < 8; i++) river += `<path d="M0,${440 + i * 30}Q400,${430 + i * 30} 800,${440 + i * 30}T${W},${440 + i * 30}" stroke="#c9d3d6" stroke-opacity="0.4" stroke-width="3" fill="none"/>`;
      let bags = '';
      for (let r = 0; r < 4; r++) for (let i = 0; i < 22; i++) bags += `<ellipse cx="${i * 76 + (r % 2) * 38}" cy="${700 - r * 26}" rx="40" ry="18" fill="${mix('#b7a37a', '#8a7a58', rng.next())}" stroke="#6a5a3a" stroke-width="2"/>`;
      const bank = `<rect y="700" width="${W}" height="${H - 700}" fill="#8a7a60"/>`;
      const chain = rows(rng, 1, 8, 100, 1500, 1000, 1000, 330, 330, () => ({ arm: 'forward', cap: 'soft' }));
      let rain = '';
      for (let i = 0; i < 80; i++) {
        const x = rng.int(0, W);
        const y = rng.int(0, 600);
        rain += `<path d="M${x},${y}l-14,44" stroke="#e8eef0" stroke-opacity="0.35" stroke-width="2"/>`;
      }
      return { defs: s.defs, body: s.body + river + bags + bank + chain + rain };
    }
    case 'group': {
      const facade = `<rect width="${W}" height="${H}" fill="#d6ccb8"/>${Array.from({ length: 8 }, (_, i) => `<rect x="${60 + i * 200}" y="80" width="120" height="220" fill="#a9a08c"/>`).join('')}<rect y="560" width="${W}" height="${H - 560}" fill="#b3a68c"/>`;
      const back = rows(rng, 1, 9, 160, 1440, 600, 600, 300, 300, () => ({ cap: 'peaked' }));
      const middle = rows(rng, 1, 8, 200, 1400, 780, 780, 340, 340, () => ({ cap: rng.chance(0.5) ? 'peaked' : 'none', cloth: rng.chance(0.5) ? rng.pick(OLIVE) : rng.pick(CIVIL) }));
      let front = '';
      for (let i = 0; i < 7; i++) front += figure({ x: 260 + i * 180, y: 1040, h: 340, cloth: rng.chance(0.5) ? rng.pick(CIVIL) : rng.pick(OLIVE), skin: rng.pick(SKIN), cap: rng.chance(0.3) ? 'hair-long' : 'none', seated: true, flower: i === 3 ? '#d7192f' : undefined });
      return { defs: '', body: facade + back + middle + front };
    }
    case 'medals': {
      let folds = '';
      for (let i = 0; i < 7; i++) folds += `<path d="M${i * 260 - 100},0C${i * 260},400 ${i * 260 - 200},700 ${i * 260 - 50},${H}" stroke="#000000" stroke-opacity="0.12" stroke-width="40" fill="none"/>`;
      let medals = '';
      const count = rng.int(3, 4);
      for (let i = 0; i < count; i++) {
        const x = 300 + i * (1000 / (count - 1)) + rng.range(-30, 30);
        const y = 300 + rng.range(-40, 60);
        const a = rng.pick(['#b3262d', '#e0b03c', '#2f6b3a', '#2d4f8f']);
        medals += `<path d="M${n(x - 70)},${n(y - 160)}h140l-20,170h-100z" fill="${a}"/><rect x="${n(x - 18)}" y="${n(y - 160)}" width="36" height="170" fill="#f2efe6" fill-opacity="0.7"/>`;
        medals += rng.chance(0.5)
          ? `<path d="${starPath(x, y + 120, 120)}" fill="#d9b24c" stroke="#7a5a1a" stroke-width="5"/><circle cx="${n(x)}" cy="${n(y + 120)}" r="40" fill="#b3262d"/>`
          : `<circle cx="${n(x)}" cy="${n(y + 110)}" r="100" fill="#d9b24c" stroke="#7a5a1a" stroke-width="6"/><circle cx="${n(x)}" cy="${n(y + 110)}" r="76" fill="none" stroke="#7a5a1a" stroke-width="4"/><path d="${starPath(x, y + 110, 56)}" fill="#b3262d"/>`;
      }
      return { defs: radial('cloth', [[0, '#7a1f24'], [1, '#3a0e12']], 0.5, 0.4, 0.8), body: `<rect width="${W}" height="${H}" fill="url(#cloth)"/>${folds}${medals}` };
    }
  }
}

/** A sample "photograph" for the veterans' albums: a drawn scene, to be toned with sepiaTone(spec.sepia). */
export function photoSvg(spec: PhotoSpec): string {
  const rng = makeRng(`photo:${spec.seed}`);
  const s = scene(rng, spec.scene);
  const defs = s.defs + radial('vig', [[0.5, '#000000', 0], [1, '#1a0e04', 0.55]], 0.5, 0.5, 0.72);
  // A warm wash over the print, stronger for older ones: sepia paper yellows with age.
  const wash = `<rect width="${W}" height="${H}" fill="#c8a070" fill-opacity="${(0.1 + 0.12 * spec.sepia).toFixed(2)}"/>`;
  const inner = `${s.body}${wash}<rect width="${W}" height="${H}" fill="url(#vig)"/>`;
  if (!spec.border) return svgDoc(W, H, defs, inner);
  // The print sits inside a cream border, slightly scaled down, as an album page would show it.
  const m = 56;
  return svgDoc(
    W,
    H,
    defs + `<clipPath id="print"><rect x="${m}" y="${m}" width="${W - 2 * m}" height="${H - 2 * m}"/></clipPath>`,
    `<rect width="${W}" height="${H}" fill="#efe6d2"/><g clip-path="url(#print)"><g transform="translate(${m} ${m}) scale(${((W - 2 * m) / W).toFixed(4)} ${((H - 2 * m) / H).toFixed(4)})">${inner}</g></g><rect x="${m}" y="${m}" width="${W - 2 * m}" height="${H - 2 * m}" fill="none" stroke="#cfc2a6" stroke-width="2"/>`,
  );
}
