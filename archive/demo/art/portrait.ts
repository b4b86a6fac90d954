import { makeRng, type Rng } from './rng';
import { sepiaTone } from './tone';
import { linear, mix, n, radial, starPath, svgDoc } from './svg';

export type Branch = 'army' | 'navy' | 'airforce' | 'police' | 'militia' | 'border' | 'veteran' | 'spouse';
export type Era = 'sepia' | 'muted' | 'colour';

export interface PortraitSpec {
  seed: string;
  branch: Branch;
  gender: 'm' | 'f';
  age: 'young' | 'middle' | 'old';
  /** Older generations are drawn in the tones of their time, so a gallery reads as thirty years and more. */
  era: Era;
  /** How many ribbon bars or hanging medals the sitter wears. */
  medals: number;
  /** Picks the backdrop in turn, so a gallery of one branch does not repeat the same scene. */
  backdrop?: number;
}

export const PORTRAIT_SIZE = { width: 960, height: 1200 } as const;
const W = PORTRAIT_SIZE.width;
const H = PORTRAIT_SIZE.height;
const CX = W / 2;

interface Look {
  jacket: string;
  shirt: string;
  tie: string | null;
  trim: string;
}

const LOOKS: Record<Branch, Look[]> = {
  army: [
    { jacket: '#4b5a36', shirt: '#c2c9a0', tie: '#3a4529', trim: '#c9a64a' },
    { jacket: '#56663d', shirt: '#cfd3ad', tie: '#34401f', trim: '#d1ad52' },
  ],
  navy: [
    { jacket: '#1d2640', shirt: '#f2f2ee', tie: '#111111', trim: '#d2b055' },
    { jacket: '#222d4d', shirt: '#eef0f2', tie: '#151515', trim: '#cfae5a' },
  ],
  airforce: [
    { jacket: '#3c4b63', shirt: '#b9cde0', tie: '#27334a', trim: '#ccb05a' },
    { jacket: '#46566f', shirt: '#c6d6e6', tie: '#2a354d', trim: '#d6b861' },
  ],
  police: [{ jacket: '#3f4a2f', shirt: '#b9c197', tie: '#2f3823', trim: '#e0bb4f' }],
  militia: [{ jacket: '#5d6b45', shirt: '#cfcfb0', tie: null, trim: '#b33a2c' }],
  border: [{ jacket: '#4a5535', shirt: '#c4c8a4', tie: null, trim: '#c9a64a' }],
  veteran: [
    { jacket: '#2e3a52', shirt: '#eeeae0', tie: null, trim: '#c9a64a' },
    { jacket: '#4a4640', shirt: '#efe9dc', tie: null, trim: '#c9a64a' },
    { jacket: '#3d3a4a', shirt: '#ece6da', tie: null, trim: '#c9a64a' },
    { jacket: '#5a4632', shirt: '#f0e8d8', tie: null, trim: '#c9a64a' },
  ],
  spouse: [
    { jacket: '#7a2f3a', shirt: '#f3e6dc', tie: null, trim: '#c8102e' },
    { jacket: '#2f5a6b', shirt: '#f1ece4', tie: null, trim: '#c8102e' },
    { jacket: '#6b5a2f', shirt: '#f3ead8', tie: null, trim: '#c8102e' },
    { jacket: '#4d3f6b', shirt: '#efe8f0', tie: null, trim: '#c8102e' },
  ],
};

const RIBBONS = ['#b3262d', '#e0b03c', '#2f6b3a', '#2d4f8f', '#f2efe6', '#7d2a6b', '#d8612a', '#1f7a7a'];

function background(rng: Rng, branch: Branch, backdrop: number | undefined): { defs: string; body: string } {
  const hue = rng.int(0, 2);
  const pick = rng.int(0, 2);
  switch (branch) {
    case 'army': {
      const sky = [['#e9d8b8', '#c99a6b'], ['#dfe5e8', '#9fb3bf'], ['#f0dcc0', '#b4705a']][hue]!;
      const ridge = (y: number, amp: number, col: string, seed: number) => {
        let d = `M0,${H}L0,${y}`;
        for (let x = 0; x <= W; x += 80) d += `L${x},${n(y - amp * Math.abs(Math.sin((x + seed) / 170)) - amp * 0.4 * Math.sin((x + seed) / 53))}`;
        return `<path d="${d}L${W},${H}Z" fill="${col}"/>`;
      };
      const scene = (backdrop ?? pick) % 3;
      if (scene === 1) {
        // A wall with battlements running along a far ridge.
        let wall = `<path d="M0,760C200,700 400,690 560,720S860,700 ${W},680V${H}H0Z" fill="#8a6a4e"/>`;
        for (let x = 0; x < W; x += 46) {
          const y = 700 - 40 * Math.sin(x / 260) - 20;
          wall += `<rect x="${x}" y="${n(y - 26)}" width="28" height="30" fill="#b89a78"/><rect x="${x - 2}" y="${n(y)}" width="50" height="40" fill="#a88a68"/>`;
        }
        return { defs: linear('bg', [[0, sky[0]!], [1, sky[1]!]]), body: `<rect width="${W}" height="${H}" fill="url(#bg)"/>${wall}` };
      }
      if (scene === 2) {
        // A red banner lifting in the wind behind the sitter.
        const flagY = rng.int(120, 220);
        return {
          defs: linear('bg', [[0, sky[0]!], [1, sky[1]!]]),
          body: `<rect width="${W}" height="${H}" fill="url(#bg)"/><path d="M-20,${flagY}C240,${flagY - 80} 520,${flagY + 80} ${W + 20},${flagY - 40}L${W + 20},${flagY + 360}C520,${flagY + 440} 240,${flagY + 280} -20,${flagY + 380}Z" fill="#b3262d" fill-opacity="0.8"/><path d="${starPath(140, flagY + 120, 70)}" fill="#e8c25a" fill-opacity="0.8"/>`,
        };
      }
      return {
        defs: linear('bg', [[0, sky[0]!], [1, sky[1]!]]),
        body: `<rect width="${W}" height="${H}" fill="url(#bg)"/>${ridge(720, 120, '#a8563f', rng.int(0, 500))}${ridge(800, 80, '#7f3d2f', rng.int(0, 500))}${ridge(880, 50, '#5e2e26', rng.int(0, 500))}`,
      };
    }
    case 'navy': {
      const sea = ['#2c5878', '#24506a', '#36607e'][hue]!;
      let waves = '';
      for (let i = 0; i < 9; i++) {
        const y = 740 + i * 22 + i * i * 3;
        const off = rng.int(0, 120);
        let d = `M${-off},${y}`;
        for (let x = -off; x < W + 120; x += 60) d += `q15,-${n(4 + i * 0.6)} 30,0t30,0`;
        waves += `<path d="${d}" stroke="#dbe8f0" stroke-opacity="${n(0.18 + i * 0.03)}" stroke-width="${n(2 + i * 0.4)}" fill="none"/>`;
      }
      return {
        defs: linear('bg', [[0, '#cfe2ee'], [0.6, '#9fc3da'], [1, '#7aa6c4']]) + linear('sea', [[0, sea], [1, mix(sea, '#0b1a2a', 0.5)]]),
        body: `<rect width="${W}" height="${H}" fill="url(#bg)"/><rect y="730" width="${W}" height="${H - 730}" fill="url(#sea)"/>${waves}`,
      };
    }
    case 'airforce': {
      let trails = '';
      for (let i = 0; i < 3; i++) {
        const y0 = rng.range(200, 700);
        const y1 = y0 - rng.range(200, 450);
        trails += `<path d="M-40,${n(y0)}L${W + 40},${n(y1)}" stroke="#ffffff" stroke-opacity="0.55" stroke-width="${n(rng.range(6, 14))}" stroke-linecap="round"/>`;
      }
      const sky = [['#7fb0d8', '#dceaf5'], ['#5d93c4', '#cfe1f0'], ['#8fb7d6', '#f0e6d2']][hue]!;
      return { defs: linear('bg', [[0, sky[0]!], [1, sky[1]!]]), body: `<rect width="${W}" height="${H}" fill="url(#bg)"/>${trails}` };
    }
    case 'police': {
      let rays = '';
      for (let i = 0; i < 24; i++) {
        const a0 = (i * 15 * Math.PI) / 180;
        const a1 = ((i * 15 + 7) * Math.PI) / 180;
        rays += `<path d="M${CX},520L${n(CX + 1600 * Math.cos(a0))},${n(520 + 1600 * Math.sin(a0))}L${n(CX + 1600 * Math.cos(a1))},${n(520 + 1600 * Math.sin(a1))}Z" fill="#ffffff" fill-opacity="0.06"/>`;
      }
      const c = ['#1f3b5c', '#27485e', '#2a3f52'][hue]!;
      return { defs: radial('bg', [[0, mix(c, '#ffffff', 0.35)], [1, c]], 0.5, 0.42, 0.7), body: `<rect width="${W}" height="${H}" fill="url(#bg)"/>${rays}` };
    }
    case 'militia': {
      const hill = (y: number, col: string, ph: number) =>
        `<path d="M0,${H}L0,${y}C${n(W * 0.3)},${n(y - 60 - ph)} ${n(W * 0.6)},${n(y + 40)} ${W},${n(y - 30 + ph)}L${W},${H}Z" fill="${col}"/>`;
      return {
        defs: linear('bg', [[0, '#cfe0ea'], [1, '#f4ecd2']]),
        body: `<rect width="${W}" height="${H}" fill="url(#bg)"/>${hill(760, '#a7b86a', rng.int(0, 40))}${hill(840, '#8a9e52', rng.int(0, 40))}${hill(930, '#6f8440', rng.int(0, 40))}`,
      };
    }
    case 'border': {
      let peaks = `<path d="M0,${H}L0,760`;
      for (let x = 0; x <= W; x += 120) peaks += `L${x + 60},${rng.int(540, 640)}L${x + 120},${rng.int(700, 760)}`;
      peaks += `L${W},${H}Z" fill="#e8eef2"/>`;
      const markerX = rng.chance(0.5) ? 110 : W - 170;
      const marker = `<rect x="${markerX}" y="560" width="60" height="240" rx="6" fill="#d9d4c8" stroke="#9a968c" stroke-width="4"/><path d="M${markerX - 6},566h72l-10,-26h-52z" fill="#cbc5b8"/><rect x="${markerX}" y="600" width="60" height="24" fill="#b3262d" fill-opacity="0.7"/>`;
      return {
        defs: linear('bg', [[0, '#a9c3d6'], [1, '#e6edf1']]),
        body: `<rect width="${W}" height="${H}" fill="url(#bg)"/>${peaks}<path d="M0,800L${W},770L${W},${H}L0,${H}Z" fill="#f4f6f7"/>${marker}`,
      };
    }
    case 'veteran': {
      const c = ['#6d5a44', '#4f5a5e', '#5e4b4b'][hue]!;
      return {
        defs: radial('bg', [[0, mix(c, '#f3e3c3', 0.55)], [0.65, c], [1, mix(c, '#000000', 0.45)]], 0.45, 0.35, 0.8),
        body: `<rect width="${W}" height="${H}" fill="url(#bg)"/>`,
      };
    }
    case 'spouse': {
      const c = ['#e9c9c2', '#d8e2d0', '#efdcc2'][hue]!;
      let bokeh = '';
      for (let i = 0; i < 16; i++) {
        bokeh += `<circle cx="${rng.int(0, W)}" cy="${rng.int(0, 800)}" r="${rng.int(20, 70)}" fill="#ffffff" fill-opacity="${n(rng.range(0.08, 0.25))}"/>`;
      }
      return { defs: radial('bg', [[0, '#fbf3ea'], [1, c]], 0.5, 0.3, 0.8), body: `<rect width="${W}" height="${H}" fill="url(#bg)"/>${bokeh}` };
    }
  }
}

interface Head {
  cy: number;
  rx: number;
  ry: number;
}

function headAndNeck(h: Head, skin: string, shadow: string): string {
  const ear = (side: 1 | -1) => `<ellipse cx="${n(CX + side * (h.rx - 4))}" cy="${n(h.cy + 18)}" rx="22" ry="36" fill="${shadow}"/>`;
  return (
    `<path d="M${n(CX - 62)},${n(h.cy + 80)}L${n(CX - 66)},760L${n(CX + 66)},760L${n(CX + 62)},${n(h.cy + 80)}Z" fill="${shadow}"/>` +
    ear(-1) +
    ear(1) +
    `<path d="M${n(CX - h.rx)},${n(h.cy - h.ry * 0.1)}C${n(CX - h.rx)},${n(h.cy - h.ry * 1.25)} ${n(CX + h.rx)},${n(h.cy - h.ry * 1.25)} ${n(CX + h.rx)},${n(h.cy - h.ry * 0.1)}C${n(CX + h.rx)},${n(h.cy + h.ry * 0.55)} ${n(CX + h.rx * 0.45)},${n(h.cy + h.ry)} ${CX},${n(h.cy + h.ry)}C${n(CX - h.rx * 0.45)},${n(h.cy + h.ry)} ${n(CX - h.rx)},${n(h.cy + h.ry * 0.55)} ${n(CX - h.rx)},${n(h.cy - h.ry * 0.1)}Z" fill="url(#skin)"/>` +
    ''
  );
}

function torsoPath(slope: number): string {
  const y = 780 + slope;
  return `M40,${H}C40,${y + 120} 150,${y + 10} 320,${y - 20}L${CX},${y - 40}L${W - 320},${y - 20}C${W - 150},${y + 10} ${W - 40},${y + 120} ${W - 40},${H}Z`;
}

/** An open civilian jacket over a white shirt: how veterans wear their medals on remembrance days. */
function civilianCollar(look: Look): string {
  const lapel = (s: 1 | -1) => `<path d="M${CX + s * 84},736L${CX + s * 10},930L${CX + s * 40},1000L${CX + s * 160},840L${CX + s * 126},816L${CX + s * 156},772Z" fill="${mix(look.jacket, '#000000', 0.18)}"/>`;
  return (
    `<path d="M${CX - 84},742L${CX},930L${CX + 84},742Z" fill="${look.shirt}"/>` +
    `<path d="M${CX - 84},740L${CX - 26},806L${CX - 2},780Z" fill="#ffffff"/><path d="M${CX + 84},740L${CX + 26},806L${CX + 2},780Z" fill="#ffffff"/>` +
    lapel(-1) +
    lapel(1)
  );
}

function lapels(look: Look, open: boolean): string {
  const shirt = `<path d="M${CX - 80},742L${CX},${open ? 900 : 960}L${CX + 80},742Z" fill="${look.shirt}"/>`;
  const tie = look.tie ? `<path d="M${CX - 16},770L${CX + 16},770L${CX + 22},930L${CX},960L${CX - 22},930Z" fill="${look.tie}"/><path d="M${CX - 20},748h40l-6,24h-28z" fill="${look.tie}"/>` : '';
  const lapel = (s: 1 | -1) =>
    `<path d="M${CX + s * 80},738L${CX + s * 8},${open ? 900 : 960}L${CX + s * 30},1010L${CX + s * 150},850L${CX + s * 120},820L${CX + s * 150},780Z" fill="${mix(look.jacket, '#000000', 0.18)}"/>`;
  return shirt + tie + lapel(-1) + lapel(1);
}

function closedCollar(look: Look, tabs: string): string {
  return (
    `<path d="M${CX - 92},730C${CX - 60},780 ${CX + 60},780 ${CX + 92},730L${CX + 110},790C${CX + 60},830 ${CX - 60},830 ${CX - 110},790Z" fill="${mix(look.jacket, '#000000', 0.15)}"/>` +
    `<path d="M${CX - 104},772l44,18l-6,30l-44,-18z" fill="${tabs}"/><path d="M${CX + 104},772l-44,18l6,30l44,-18z" fill="${tabs}"/>` +
    `<path d="M${CX},800V${H}" stroke="${mix(look.jacket, '#000000', 0.3)}" stroke-width="4"/>` +
    [880, 990, 1100].map((y) => `<circle cx="${CX + 10}" cy="${y}" r="10" fill="${mix(look.jacket, '#000000', 0.35)}"/>`).join('')
  );
}

function shoulderBoards(look: Look, stars: number): string {
  const board = (s: 1 | -1) => {
    const x = s > 0 ? W - 330 : 150;
    let d = `<path d="M${x},${s > 0 ? 782 : 800}l180,${s > 0 ? 18 : -18}l0,34l-180,${s > 0 ? -18 : 18}z" fill="${mix(look.jacket, '#000000', 0.25)}" stroke="${look.trim}" stroke-width="3"/>`;
    for (let i = 0; i < stars; i++) d += `<path d="${starPath(x + 50 + i * 40, (s > 0 ? 799 : 799) + (s > 0 ? i * 4 : -i * 4), 12)}" fill="${look.trim}"/>`;
    return d;
  };
  return board(-1) + board(1);
}

function ribbonBars(rng: Rng, count: number): string {
  let out = '';
  const perRow = 3;
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const x = 590 + col * 62 + (row % 2) * 16;
    const y = 930 - row * 28;
    const a = rng.pick(RIBBONS);
    const b = rng.pick(RIBBONS);
    const c = rng.pick(RIBBONS);
    out += `<rect x="${x}" y="${y}" width="58" height="24" fill="${a}"/><rect x="${x + 18}" y="${y}" width="22" height="24" fill="${b}"/><rect x="${x + 26}" y="${y}" width="6" height="24" fill="${c}"/><rect x="${x}" y="${y}" width="58" height="24" fill="none" stroke="#00000055" stroke-width="2"/>`;
  }
  return out;
}

function hangingMedals(rng: Rng, count: number, trim: string): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const x = 590 + i * 52 - Math.floor(i / 4) * 208 + Math.floor(i / 4) * 26;
    const y = 900 + Math.floor(i / 4) * 120;
    const a = rng.pick(RIBBONS);
    const b = rng.pick(RIBBONS);
    out += `<path d="M${x},${y}h40l-6,44h-28z" fill="${a}"/><rect x="${x + 14}" y="${y}" width="12" height="44" fill="${b}"/>`;
    out += rng.chance(0.5)
      ? `<path d="${starPath(x + 20, y + 68, 26)}" fill="${trim}" stroke="#7a5a1a" stroke-width="2"/>`
      : `<circle cx="${x + 20}" cy="${y + 66}" r="22" fill="${trim}" stroke="#7a5a1a" stroke-width="2"/><path d="${starPath(x + 20, y + 66, 12)}" fill="#b3262d"/>`;
  }
  return out;
}

function capBadge(x: number, y: number, r: number, trim: string): string {
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="${trim}"/><circle cx="${x}" cy="${y}" r="${n(r * 0.78)}" fill="#b3262d"/><path d="${starPath(x, y, r * 0.62)}" fill="${trim}"/>`;
}

function peakedCap(h: Head, crown: string, band: string, trim: string): string {
  const top = h.cy - h.ry - 10;
  return (
    `<path d="M${CX - h.rx - 50},${n(top + 20)}C${CX - h.rx - 40},${n(top - 70)} ${CX + h.rx + 40},${n(top - 70)} ${CX + h.rx + 50},${n(top + 20)}L${CX + h.rx + 8},${n(top + 80)}L${CX - h.rx - 8},${n(top + 80)}Z" fill="${crown}"/>` +
    `<path d="M${CX - h.rx - 8},${n(top + 72)}L${CX + h.rx + 8},${n(top + 72)}L${CX + h.rx + 4},${n(top + 112)}L${CX - h.rx - 4},${n(top + 112)}Z" fill="${band}"/>` +
    `<path d="M${CX - h.rx - 4},${n(top + 108)}Q${CX},${n(top + 152)} ${CX + h.rx + 4},${n(top + 108)}Q${CX},${n(top + 124)} ${CX - h.rx - 4},${n(top + 108)}Z" fill="#16140f"/>` +
    `<path d="M${CX - h.rx + 10},${n(top + 108)}Q${CX},${n(top + 96)} ${CX + h.rx - 10},${n(top + 108)}" stroke="${trim}" stroke-width="5" fill="none"/>` +
    capBadge(CX, top + 62, 30, trim)
  );
}

function softCap(h: Head, cloth: string, trim: string): string {
  const top = h.cy - h.ry;
  return (
    `<path d="M${CX - h.rx - 12},${n(top + 95)}C${CX - h.rx - 20},${n(top - 40)} ${CX + h.rx + 20},${n(top - 40)} ${CX + h.rx + 12},${n(top + 95)}Z" fill="${cloth}"/>` +
    `<path d="M${CX - h.rx + 10},${n(top + 92)}Q${CX},${n(top + 140)} ${CX + h.rx - 10},${n(top + 92)}Z" fill="${mix(cloth, '#000000', 0.3)}"/>` +
    `<path d="${starPath(CX, top + 48, 24)}" fill="#c8102e" stroke="${trim}" stroke-width="3"/>`
  );
}

function sailorCap(h: Head): string {
  const top = h.cy - h.ry;
  return (
    `<path d="M${CX - h.rx - 20},${n(top + 70)}C${CX - h.rx},${n(top - 20)} ${CX + h.rx},${n(top - 20)} ${CX + h.rx + 20},${n(top + 70)}Z" fill="#f4f4f0"/>` +
    `<rect x="${CX - h.rx - 10}" y="${n(top + 62)}" width="${n(2 * h.rx + 20)}" height="36" fill="#101418"/>` +
    `<path d="${starPath(CX, top + 38, 18)}" fill="#c8a24a"/>`
  );
}

function furHat(h: Head, cloth: string, trim: string): string {
  const top = h.cy - h.ry - 20;
  let fur = '';
  for (let i = 0; i < 40; i++) {
    const x = CX - h.rx - 40 + (i * (2 * h.rx + 80)) / 40;
    fur += `<path d="M${n(x)},${n(top + 40)}l6,-16" stroke="#6b5338" stroke-width="3"/>`;
  }
  return (
    `<path d="M${CX - h.rx - 44},${n(top + 230)}L${CX - h.rx - 50},${n(top + 60)}C${CX - h.rx - 30},${n(top - 60)} ${CX + h.rx + 30},${n(top - 60)} ${CX + h.rx + 50},${n(top + 60)}L${CX + h.rx + 44},${n(top + 230)}L${CX + h.rx - 6},${n(top + 240)}L${CX + h.rx - 6},${n(top + 110)}L${CX - h.rx + 6},${n(top + 110)}L${CX - h.rx + 6},${n(top + 240)}Z" fill="${cloth}"/>` +
    `<path d="M${CX - h.rx - 52},${n(top + 40)}C${CX - h.rx - 20},${n(top - 10)} ${CX + h.rx + 20},${n(top - 10)} ${CX + h.rx + 52},${n(top + 40)}L${CX + h.rx + 46},${n(top + 112)}L${CX - h.rx - 46},${n(top + 112)}Z" fill="#8a6d4a"/>` +
    fur +
    capBadge(CX, top + 70, 26, trim)
  );
}

function helmet(h: Head, cloth: string): string {
  const top = h.cy - h.ry - 30;
  return (
    `<path d="M${CX - h.rx - 40},${n(top + 120)}C${CX - h.rx - 30},${n(top - 40)} ${CX + h.rx + 30},${n(top - 40)} ${CX + h.rx + 40},${n(top + 120)}Z" fill="${cloth}"/>` +
    `<path d="M${CX - h.rx - 56},${n(top + 128)}L${CX + h.rx + 56},${n(top + 128)}L${CX + h.rx + 40},${n(top + 108)}L${CX - h.rx - 40},${n(top + 108)}Z" fill="${mix(cloth, '#000000', 0.3)}"/>` +
    `<path d="${starPath(CX, top + 60, 22)}" fill="#c8102e"/>`
  );
}

function hair(rng: Rng, h: Head, colour: string, gender: 'm' | 'f', under: 'cap' | 'none', styleHint?: number): string {
  const top = h.cy - h.ry;
  if (gender === 'f') {
    const bun = `<circle cx="${CX}" cy="${n(h.cy + h.ry * 0.55)}" r="0" fill="${colour}"/>`;
    if (under === 'cap') {
      return `<ellipse cx="${CX}" cy="${n(top + 150)}" rx="${n(h.rx + 18)}" ry="${n(h.ry * 0.62)}" fill="${colour}"/><ellipse cx="${CX}" cy="${n(h.cy + h.ry * 0.7)}" rx="70" ry="40" fill="${colour}"/>${bun}`;
    }
    const random = rng.int(0, 2);
    const style = (styleHint ?? random) % 3;
    if (style === 0) {
      // A bob that frames the face.
      return `<path d="M${CX - h.rx - 26},${n(h.cy + h.ry * 0.7)}C${CX - h.rx - 50},${n(top - 30)} ${CX + h.rx + 50},${n(top - 30)} ${CX + h.rx + 26},${n(h.cy + h.ry * 0.7)}L${CX + h.rx - 6},${n(h.cy + h.ry * 0.55)}L${CX + h.rx - 10},${n(h.cy - h.ry * 0.3)}Q${CX},${n(top + 40)} ${CX - h.rx + 10},${n(h.cy - h.ry * 0.3)}L${CX - h.rx + 6},${n(h.cy + h.ry * 0.55)}Z" fill="${colour}"/>`;
    }
    if (style === 1) {
      // Hair drawn back into a bun.
      return `<circle cx="${CX + h.rx * 0.3}" cy="${n(top + 10)}" r="54" fill="${colour}"/><path d="M${CX - h.rx - 6},${n(h.cy)}C${CX - h.rx - 20},${n(top - 30)} ${CX + h.rx + 20},${n(top - 30)} ${CX + h.rx + 6},${n(h.cy)}Q${CX + 30},${n(top + 30)} ${CX - h.rx - 6},${n(h.cy)}Z" fill="${colour}"/>`;
    }
    // Long hair falling over the shoulders.
    return `<path d="M${CX - h.rx - 30},830C${CX - h.rx - 70},${n(top - 40)} ${CX + h.rx + 70},${n(top - 40)} ${CX + h.rx + 30},830L${CX + h.rx - 20},830L${CX + h.rx - 12},${n(h.cy - h.ry * 0.2)}Q${CX - 20},${n(top + 30)} ${CX - h.rx + 12},${n(h.cy - h.ry * 0.2)}L${CX - h.rx + 20},830Z" fill="${colour}"/>`;
  }
  if (under === 'cap') return `<path d="M${CX - h.rx},${n(h.cy - 10)}L${CX - h.rx + 4},${n(top + 90)}L${CX - h.rx + 30},${n(top + 90)}L${CX - h.rx + 20},${n(h.cy - 20)}Z" fill="${colour}"/><path d="M${CX + h.rx},${n(h.cy - 10)}L${CX + h.rx - 4},${n(top + 90)}L${CX + h.rx - 30},${n(top + 90)}L${CX + h.rx - 20},${n(h.cy - 20)}Z" fill="${colour}"/>`;
  const part = rng.range(-0.4, 0.4);
  return `<path d="M${CX - h.rx - 4},${n(h.cy - 4)}C${CX - h.rx - 16},${n(top - 44)} ${CX + h.rx + 16},${n(top - 44)} ${CX + h.rx + 4},${n(h.cy - 4)}L${CX + h.rx - 8},${n(h.cy - h.ry * 0.35)}Q${n(CX + part * h.rx)},${n(top + 20)} ${CX - h.rx + 8},${n(h.cy - h.ry * 0.35)}Z" fill="${colour}"/>`;
}

/** The hair over a woman's forehead and temples, parted to one side; the rest of her hair is drawn behind. */
function hairline(h: Head, colour: string): string {
  const top = h.cy - h.ry;
  return `<path d="M${CX - h.rx - 6},${n(h.cy + h.ry * 0.15)}C${CX - h.rx - 22},${n(top - 46)} ${CX + h.rx + 22},${n(top - 46)} ${CX + h.rx + 6},${n(h.cy + h.ry * 0.15)}L${CX + h.rx - 10},${n(h.cy - h.ry * 0.2)}C${CX + h.rx * 0.6},${n(top + 60)} ${CX - h.rx * 0.1},${n(top + 50)} ${CX - h.rx * 0.3},${n(top + 24)}C${CX - h.rx * 0.6},${n(top + 70)} ${CX - h.rx + 8},${n(h.cy - h.ry * 0.3)} ${CX - h.rx + 10},${n(h.cy - h.ry * 0.2)}Z" fill="${colour}"/>`;
}

function glasses(h: Head): string {
  const y = h.cy - 6;
  return `<g fill="none" stroke="#1c1a18" stroke-width="6"><rect x="${CX - 92}" y="${n(y - 22)}" width="74" height="48" rx="14"/><rect x="${CX + 18}" y="${n(y - 22)}" width="74" height="48" rx="14"/><path d="M${CX - 18},${n(y)}h36"/></g>`;
}

function camouflage(rng: Rng, base: string): string {
  const cols = [mix(base, '#2a2a18', 0.5), mix(base, '#a69a6a', 0.5), mix(base, '#1e2414', 0.35)];
  let out = '';
  for (let i = 0; i < 70; i++) {
    out += `<ellipse cx="${rng.int(0, W)}" cy="${rng.int(760, H)}" rx="${rng.int(20, 60)}" ry="${rng.int(10, 26)}" transform="rotate(${rng.int(-40, 40)} ${rng.int(0, W)} ${rng.int(760, H)})" fill="${rng.pick(cols)}"/>`;
  }
  return out;
}

function sash(): string {
  return `<path d="M${W - 250},790L${W - 150},830L320,${H}L180,${H}Z" fill="#c8102e"/><path d="M${W - 250},790L${W - 150},830L320,${H}L180,${H}Z" fill="none" stroke="#e8b84a" stroke-width="6"/>`;
}

function flower(x: number, y: number): string {
  let petals = '';
  for (let i = 0; i < 10; i++) {
    const a = (i * 36 * Math.PI) / 180;
    petals += `<ellipse cx="${n(x + 38 * Math.cos(a))}" cy="${n(y + 38 * Math.sin(a))}" rx="30" ry="20" transform="rotate(${i * 36} ${n(x + 38 * Math.cos(a))} ${n(y + 38 * Math.sin(a))})" fill="#d7192f"/>`;
  }
  return `<path d="M${x - 10},${y + 40}l-18,90h22l10,-80z" fill="#c8102e"/><path d="M${x + 10},${y + 40}l24,86h-20l-16,-78z" fill="#b00d24"/>${petals}<circle cx="${x}" cy="${y}" r="26" fill="#f04158"/>`;
}

/**
 * Colour matrices (rows of R, G, B weights) that age a drawing to its era. They are applied by the renderer
 * after rasterising: an SVG filter over the whole picture costs librsvg three times the drawing itself.
 */
export const ERA_TONE: Record<Era, number[][]> = {
  sepia: sepiaTone(1),
  muted: [
    [0.75, 0.2, 0.05],
    [0.1, 0.8, 0.1],
    [0.08, 0.2, 0.7],
  ],
  colour: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

/** A dignified head-and-shoulders portrait of a sample sitter, drawn without a face: no one is depicted. Tone it with ERA_TONE. */
export function portraitSvg(spec: PortraitSpec): string {
  const rng = makeRng(`portrait:${spec.seed}`);
  const looks = LOOKS[spec.branch];
  const randomLook = rng.pick(looks);
  const look = spec.backdrop === undefined ? randomLook : looks[spec.backdrop % looks.length]!;
  const bg = background(rng, spec.branch, spec.backdrop);
  const skin = rng.pick(['#c89a74', '#b98a64', '#d2a684', '#a97a56', '#c39270']);
  const shade = mix(skin, '#3a2416', 0.35);
  const f = spec.gender === 'f' ? 0.93 : 1;
  const head: Head = { cy: rng.range(505, 525), rx: rng.range(104, 118) * f, ry: rng.range(136, 148) * f };
  const hairColour = spec.age === 'old' ? rng.pick(['#d8d6d0', '#bdbab2', '#9c9890']) : spec.age === 'middle' ? rng.pick(['#2b2622', '#3b3430', '#55504a']) : rng.pick(['#1a1614', '#231c18', '#2c2420']);
  const torso = torsoPath(rng.int(-20, 30));

  let cap = '';
  let collar = '';
  let chest = '';
  let capped = true;
  const officer = spec.age !== 'young';
  switch (spec.branch) {
    case 'army':
      if (spec.era === 'sepia') {
        cap = softCap(head, look.jacket, look.trim);
        collar = closedCollar(look, '#c8102e');
      } else {
        cap = peakedCap(head, look.jacket, mix(look.jacket, '#000000', 0.3), look.trim);
        collar = lapels(look, false) + shoulderBoards(look, officer ? rng.int(1, 3) : 0);
      }
      chest = ribbonBars(rng, spec.medals);
      break;
    case 'navy':
      if (officer) {
        cap = peakedCap(head, '#f4f4f0', '#111418', look.trim);
        collar = lapels(look, false) + shoulderBoards(look, rng.int(1, 3));
      } else {
        cap = sailorCap(head);
        collar = `<path d="M${CX - 120},740L${CX},930L${CX + 120},740L${CX + 230},800L${CX + 200},980L${CX - 200},980L${CX - 230},800Z" fill="#1d2f5a"/><path d="M${CX - 80},742L${CX},890L${CX + 80},742Z" fill="#f3f3f0"/>${[0, 1, 2].map((i) => `<path d="M${CX - 200 + i * 12},${800 + i * 14}h${400 - i * 24}" stroke="#ffffff" stroke-width="4"/>`).join('')}`;
      }
      chest = ribbonBars(rng, spec.medals);
      break;
    case 'airforce':
      cap = peakedCap(head, look.jacket, mix(look.jacket, '#000000', 0.35), look.trim);
      collar = lapels(look, false) + shoulderBoards(look, officer ? rng.int(1, 3) : 0);
      chest = ribbonBars(rng, spec.medals) + `<path d="M596,880h150l-22,16h-106z" fill="${look.trim}"/>`;
      break;
    case 'police':
      cap = peakedCap(head, look.jacket, '#2a3320', look.trim);
      collar = lapels(look, false) + shoulderBoards(look, officer ? rng.int(1, 2) : 0);
      chest = ribbonBars(rng, spec.medals);
      break;
    case 'militia':
      cap = rng.chance(0.5) ? helmet(head, look.jacket) : softCap(head, look.jacket, look.trim);
      collar = `<g clip-path="url(#torso)">${camouflage(rng, look.jacket)}</g><path d="M${CX - 90},740L${CX},840L${CX + 90},740Z" fill="${look.shirt}"/><path d="M150,930l150,-40l20,70l-150,40z" fill="#c8102e"/>`;
      chest = ribbonBars(rng, spec.medals);
      break;
    case 'border':
      cap = furHat(head, look.jacket, look.trim);
      collar = `<path d="M${CX - 230},770C${CX - 120},850 ${CX + 120},850 ${CX + 230},770L${CX + 260},880C${CX + 120},960 ${CX - 120},960 ${CX - 260},880Z" fill="#8a6d4a"/>`;
      chest = ribbonBars(rng, spec.medals);
      break;
    case 'veteran':
      capped = false;
      collar = civilianCollar(look);
      chest = hangingMedals(rng, Math.max(1, spec.medals), look.trim);
      break;
    case 'spouse':
      capped = false;
      collar = `<path d="M${CX - 96},742Q${CX},860 ${CX + 96},742L${CX + 130},760Q${CX},920 ${CX - 130},760Z" fill="${look.shirt}"/>` + sash();
      chest = flower(W - 250, 900);
      break;
  }

  // Hair that falls behind the head (long hair, a bun under a cap) is drawn before it.
  const hairBehind = spec.gender === 'f' ? hair(rng, head, hairColour, 'f', capped ? 'cap' : 'none', spec.backdrop) : '';
  const hairFront = spec.gender === 'm' ? hair(rng, head, hairColour, 'm', capped ? 'cap' : 'none') : capped ? '' : hairline(head, hairColour);
  const brimShadow = capped ? `<ellipse cx="${CX}" cy="${n(head.cy - head.ry * 0.45)}" rx="${n(head.rx)}" ry="${n(head.ry * 0.32)}" fill="#1a0e06" fill-opacity="0.28"/>` : '';
  const defs =
    bg.defs +
    `<clipPath id="torso"><path d="${torso}"/></clipPath>` +
    radial('skin', [[0, mix(skin, '#ffffff', 0.12)], [0.7, skin], [1, shade]], 0.45, 0.4, 0.6) +
    radial('vignette', [[0.55, '#000000', 0], [1, '#000000', 0.35]], 0.5, 0.45, 0.75);
  const figure =
    hairBehind +
    `<path d="${torso}" fill="${look.jacket}"/>` +
    collar +
    headAndNeck(head, skin, shade) +
    brimShadow +
    hairFront +
    (spec.age === 'old' && rng.chance(0.5) ? glasses(head) : '') +
    cap +
    chest;
  // The figure is drawn at a comfortable scale and then enlarged from the bottom edge, like a studio crop.
  const body = `${bg.body}<g transform="translate(${CX} ${H}) scale(1.16) translate(${-CX} ${-H})">${figure}</g><rect width="${W}" height="${H}" fill="url(#vignette)"/>`;
  return svgDoc(W, H, defs, body);
}
