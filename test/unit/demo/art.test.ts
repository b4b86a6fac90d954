import crypto from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawDigits } from '../../../archive/demo/art/digits';
import { artSvg, renderArt, type ArtJob } from '../../../archive/demo/art/render';
import { makeRng } from '../../../archive/demo/art/rng';
import { sepiaTone } from '../../../archive/demo/art/tone';
import { demoPlan } from '../../../archive/demo/plan';

const jobs = demoPlan().media.map((m) => m.art);
const sha = (b: Uint8Array | string) => crypto.createHash('sha256').update(b).digest('hex');

describe('demo drawings', () => {
  it('are the same on every call, and no two pictures are the same drawing', () => {
    const first = jobs.map(artSvg);
    expect(jobs.map(artSvg)).toEqual(first);
    const seen = new Map<string, string>();
    for (const [i, svg] of first.entries()) {
      const h = sha(svg);
      expect(seen.get(h), `${jobs[i]!.key} repeats ${seen.get(h)}`).toBeUndefined();
      seen.set(h, jobs[i]!.key);
    }
  });

  it('contain no text, script, link or external reference, so nothing depends on fonts or the network', () => {
    for (const [i, svg] of jobs.map(artSvg).entries()) {
      expect(svg, jobs[i]!.key).not.toMatch(/<(text|tspan|script|image|a|foreignObject|style)\b|href=|url\((?!#)|on[a-z]+=/i);
    }
  });

  it('render to identical JPEG bytes twice, one picture of each kind', async () => {
    const oneOfEach = ['portrait', 'studio', 'photo', 'poster'].map((k) => jobs.find((j) => j.kind === k)!) as ArtJob[];
    for (const job of oneOfEach) {
      const [a, b] = [await renderArt(job), await renderArt(job)];
      expect(sha(a), job.key).toBe(sha(b));
      const meta = await sharp(a).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.width! * meta.height!).toBeGreaterThan(900 * 900);
    }
  });

  it('draw a varied gallery: portraits differ in their pixels, not only their bytes', async () => {
    const portraits = jobs.filter((j) => j.kind === 'portrait').slice(0, 6);
    const small = await Promise.all(portraits.map(async (j) => sharp(await renderArt(j)).resize(24, 30).greyscale().raw().toBuffer()));
    for (let i = 0; i < small.length; i++) {
      for (let k = i + 1; k < small.length; k++) {
        let diff = 0;
        for (let p = 0; p < small[i]!.length; p++) diff += Math.abs(small[i]![p]! - small[k]![p]!);
        expect(diff / small[i]!.length, `${portraits[i]!.key} vs ${portraits[k]!.key}`).toBeGreaterThan(4);
      }
    }
  });
});

describe('drawn digits', () => {
  it('draw only digits', () => {
    expect(drawDigits('2023', 100, 100, 50, '#fff')).toContain('<path');
    for (const bad of ['', '20a3', '-1', '1.5', '<script>']) expect(() => drawDigits(bad, 0, 0, 10, '#fff')).toThrow('only digits can be drawn');
  });
});

describe('tones and randomness', () => {
  it('sepia 0 leaves colours alone and 1 prints white as warm paper', () => {
    expect(sepiaTone(0)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    const white = sepiaTone(1).map((row) => row.reduce((a, b) => a + b, 0));
    expect(white.map((v) => Number(v.toFixed(2)))).toEqual([1, 0.9, 0.72]);
    expect(sepiaTone(7)).toEqual(sepiaTone(1));
  });

  it('the seeded generator repeats itself and stays in range', () => {
    const a = makeRng('x');
    const b = makeRng('x');
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const r = makeRng(42);
    for (let i = 0; i < 200; i++) expect(r.int(3, 5)).toBeGreaterThanOrEqual(3);
    expect(() => r.pick([])).toThrow('pick from an empty list');
  });
});
