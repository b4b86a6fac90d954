import { makeRng } from './rng';

const TILE = 192;

/**
 * Adds film grain to raw 8-bit pixels in place: a seeded tile of signed offsets, repeated across the picture,
 * the same offset on each colour channel so the grain stays neutral. Seeded, because sharp's own noise is
 * random per run and would change the demo's hashes on every build; done in one pass over the bytes, because
 * compositing a grain layer in libvips costs more than drawing the picture.
 */
export function addGrain(pixels: Buffer, width: number, height: number, channels: number, seed: string, strength: number): void {
  const rng = makeRng(`grain:${seed}`);
  const amplitude = strength * 255;
  const tile = new Int16Array(TILE * TILE);
  for (let i = 0; i < tile.length; i++) tile[i] = Math.round((rng.next() - 0.5) * 2 * amplitude);
  const colour = Math.min(channels, 3);
  for (let y = 0; y < height; y++) {
    const row = (y % TILE) * TILE;
    let p = y * width * channels;
    for (let x = 0; x < width; x++, p += channels) {
      const d = tile[row + (x % TILE)]!;
      for (let c = 0; c < colour; c++) {
        const v = pixels[p + c]! + d;
        pixels[p + c] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
  }
}
