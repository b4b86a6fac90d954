import sharp from 'sharp';
import { addGrain } from './grain';
import { photoSvg, type PhotoSpec } from './photo';
import { sepiaTone } from './tone';
import { ERA_TONE, portraitSvg, type PortraitSpec } from './portrait';
import { posterSvg, type PosterSpec } from './poster';
import { studioPrintSvg } from './studio';

/** One picture the demo draws. `key` names it in the build plan and becomes its original file name. */
export type ArtJob =
  | { key: string; kind: 'portrait'; spec: PortraitSpec }
  | { key: string; kind: 'studio'; spec: PortraitSpec }
  | { key: string; kind: 'photo'; spec: PhotoSpec }
  | { key: string; kind: 'poster'; spec: PosterSpec };

export function artSvg(job: ArtJob): string {
  switch (job.kind) {
    case 'portrait':
      return portraitSvg(job.spec);
    case 'studio':
      return studioPrintSvg(job.spec);
    case 'photo':
      return photoSvg(job.spec);
    case 'poster':
      return posterSvg(job.spec);
  }
}

type Matrix3 = [[number, number, number], [number, number, number], [number, number, number]];

/** The colour matrix that ages each picture; null leaves it as drawn. */
function toneFor(job: ArtJob): number[][] | null {
  if (job.kind === 'photo') return sepiaTone(job.spec.sepia);
  if (job.kind === 'studio') return sepiaTone(1);
  if (job.kind === 'portrait') return job.spec.era === 'colour' ? null : ERA_TONE[job.spec.era];
  return null;
}

/** How much film grain each kind of picture gets: prints are grainy, posters are clean. */
function grainFor(job: ArtJob): number {
  if (job.kind === 'photo') return 0.05 + 0.07 * job.spec.sepia;
  if (job.kind === 'studio') return 0.1;
  if (job.kind === 'portrait') return job.spec.era === 'sepia' ? 0.08 : 0.03;
  return 0;
}

/**
 * Draws the picture and encodes it as the JPEG a curator would have scanned or photographed. sharp renders the
 * SVG with librsvg and no fonts (the drawings contain no text), so the bytes are the same on every machine
 * with the same sharp version.
 */
export async function renderArt(job: ArtJob): Promise<Buffer> {
  const tone = toneFor(job);
  const strength = grainFor(job);
  let img = sharp(Buffer.from(artSvg(job))).flatten({ background: '#ffffff' });
  if (tone) img = img.recomb(tone as Matrix3);
  if (strength > 0) {
    const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
    addGrain(data, info.width, info.height, info.channels, job.key, strength);
    img = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  }
  return img.jpeg({ quality: 88 }).toBuffer();
}
