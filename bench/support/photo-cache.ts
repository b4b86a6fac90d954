import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { mapPool } from '../../archive/media/pool';

export const BENCH_DIR = path.resolve(import.meta.dirname, '../../.bench');

/**
 * A camera-like 3000×2000 scene: smooth light falling across large shapes with fine sensor noise, so its JPEG
 * is about the size and decoding cost of a real photograph (a pure noise image would be far harder).
 */
function basePixels(width: number, height: number, seed: number): Buffer {
  const data = Buffer.alloc(width * height * 3);
  let s = seed * 2654435761 >>> 0 || 1;
  const cx = [0.3, 0.7, 0.5].map((v) => v + (seed % 7) * 0.03);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (s * 1664525 + 1013904223) >>> 0;
      const u = x / width;
      const v = y / height;
      const noise = (s >>> 27) - 16;
      const shade = 0.6 + 0.4 * Math.sin(u * 6 + seed) * Math.cos(v * 4 - seed);
      const blob = Math.hypot(u - cx[0]!, v - 0.5) < 0.2 ? 60 : 0;
      const i = (y * width + x) * 3;
      data[i] = Math.max(0, Math.min(255, 90 + 120 * shade * u + blob + noise));
      data[i + 1] = Math.max(0, Math.min(255, 70 + 110 * shade * v + noise));
      data[i + 2] = Math.max(0, Math.min(255, 60 + 100 * shade * (1 - u) + (Math.hypot(u - cx[1]!, v - cx[2]!) < 0.12 ? 80 : 0) + noise));
    }
  }
  return data;
}

/**
 * Makes (once) `count` distinct 3000×2000 JPEGs in .bench/photos-3000x2000/ and returns their paths. Each
 * photo is one of eight base scenes, colour-shifted and marked with its own number-coded bar so every file
 * has its own hash.
 */
export async function benchPhotos(count: number, log: (line: string) => void): Promise<string[]> {
  const width = 3000;
  const height = 2000;
  const dir = path.join(BENCH_DIR, `photos-${width}x${height}`);
  fs.mkdirSync(dir, { recursive: true });
  const files = Array.from({ length: count }, (_, i) => path.join(dir, `photo-${String(i + 1).padStart(5, '0')}.jpg`));
  const missing = files.filter((f) => !fs.existsSync(f));
  if (missing.length === 0) return files;
  log(`  generating ${missing.length} test photos in ${path.relative(process.cwd(), dir)} (once; kept for later runs)…`);
  const bases = Array.from({ length: 8 }, (_, k) => basePixels(width, height, k + 1));
  await mapPool(missing, 2, async (file) => {
    const n = Number(path.basename(file).slice(6, 11));
    const bar = Buffer.alloc(400 * 24 * 3);
    for (let b = 0; b < 16; b++) {
      const on = (n >> b) & 1;
      for (let y = 0; y < 24; y++) for (let x = b * 25; x < b * 25 + 25; x++) bar.fill(on ? 255 : 0, (y * 400 + x) * 3, (y * 400 + x) * 3 + 3);
    }
    const jpeg = await sharp(bases[n % 8]!, { raw: { width, height, channels: 3 } })
      .modulate({ hue: (n * 37) % 360, brightness: 0.9 + (n % 5) * 0.05 })
      .composite([{ input: bar, raw: { width: 400, height: 24, channels: 3 }, left: 40 + (n % 50) * 20, top: 40 + (n % 70) * 20 }])
      .jpeg({ quality: 88 })
      .toBuffer();
    const tmp = `${file}.${process.pid}.part`;
    fs.writeFileSync(tmp, jpeg);
    fs.renameSync(tmp, file);
  });
  return files;
}
