import crypto from 'node:crypto';
import fs from 'node:fs';
import sharp, { type Metadata } from 'sharp';
import { ArchiveError } from '../errors';
import { writeFileAtomic } from './atomic-write';
import { MEDIA_LIMITS } from './limits';
import { mediaFilePath, tempDir } from './paths';
import { MIME_BY_EXT, sniffRaster, type RasterKind } from './sniff';

export interface DerivativeInfo {
  variant: 'thumb' | 'screen';
  mime: 'image/webp';
  width: number;
  height: number;
  bytes: number;
}

/** A validated image whose files are already in the store; inserting its row is a separate, synchronous step. */
export interface PreparedMedia {
  sha256: string;
  ext: RasterKind;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  originalName: string;
  derivatives: DerivativeInfo[];
}

async function render(input: Buffer, size: number): Promise<{ data: Buffer; width: number; height: number }> {
  // failOn 'truncated' turns a cut-off JPEG/PNG into an error instead of a grey half-picture.
  const { data, info } = await sharp(input, { failOn: 'truncated', limitInputPixels: MEDIA_LIMITS.maxPixels, animated: false })
    .rotate()
    .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80, effort: 2 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

function refuseDecodeError(label: string, e: unknown): never {
  const msg = (e as Error).message ?? String(e);
  if (/pixel limit|exceeds/i.test(msg)) {
    throw new ArchiveError('MEDIA_TOO_LARGE', `${label} is too large to show safely (over ${MEDIA_LIMITS.maxPixels / 1e6} megapixels).`);
  }
  throw new ArchiveError('MEDIA_CORRUPT', `${label} is damaged or incomplete and cannot be read (${msg.split('\n')[0]}). Scan or export it again.`);
}

export async function readImageInput(input: Buffer | string, label: string): Promise<Buffer> {
  if (Buffer.isBuffer(input)) return input;
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(input);
  } catch {
    throw new ArchiveError('MEDIA_MISSING', `${label} was not found.`);
  }
  if (!stat.isFile()) throw new ArchiveError('MEDIA_NOT_IMAGE', `${label} is not a file.`);
  if (stat.size > MEDIA_LIMITS.maxBytes) {
    throw new ArchiveError('MEDIA_TOO_LARGE', `${label} is ${(stat.size / 1048576).toFixed(0)} MB; the limit is ${MEDIA_LIMITS.maxBytes / 1048576} MB.`);
  }
  return fs.promises.readFile(input);
}

/**
 * Validates one image and writes its original and derivatives into the store. Safe to run for many images
 * in parallel and to abandon: until a database row names the hash, the files are unreferenced.
 */
export async function prepareMedia(root: string, input: Buffer | string, label: string, originalName = ''): Promise<PreparedMedia> {
  const bytes = await readImageInput(input, label);
  if (bytes.length > MEDIA_LIMITS.maxBytes) {
    throw new ArchiveError('MEDIA_TOO_LARGE', `${label} is ${(bytes.length / 1048576).toFixed(0)} MB; the limit is ${MEDIA_LIMITS.maxBytes / 1048576} MB.`);
  }
  const ext = sniffRaster(bytes, label);
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (e) {
    refuseDecodeError(label, e);
  }
  const rawW = meta.width ?? 0;
  const rawH = meta.height ?? 0;
  if (rawW <= 0 || rawH <= 0) throw new ArchiveError('MEDIA_CORRUPT', `${label} has no readable size.`);
  if (rawW * rawH > MEDIA_LIMITS.maxPixels) {
    throw new ArchiveError('MEDIA_TOO_LARGE', `${label} is ${rawW}×${rawH} pixels, over the ${MEDIA_LIMITS.maxPixels / 1e6} megapixel limit.`);
  }
  // EXIF orientations 5–8 swap width and height on screen.
  const swapped = (meta.orientation ?? 1) >= 5;
  const width = swapped ? rawH : rawW;
  const height = swapped ? rawW : rawH;

  let screen: Awaited<ReturnType<typeof render>>;
  let thumb: Awaited<ReturnType<typeof render>>;
  try {
    screen = await render(bytes, MEDIA_LIMITS.screenSize);
    // The thumbnail comes from the screen image: decoding a 6 MP JPEG twice would halve throughput.
    thumb = await render(screen.data, MEDIA_LIMITS.thumbSize);
  } catch (e) {
    refuseDecodeError(label, e);
  }

  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const tmp = tempDir(root);
  const target = mediaFilePath(root, sha256, 'original', ext);
  if (!fs.existsSync(target)) writeFileAtomic(tmp, target, bytes);
  writeFileAtomic(tmp, mediaFilePath(root, sha256, 'screen', 'webp'), screen.data);
  writeFileAtomic(tmp, mediaFilePath(root, sha256, 'thumb', 'webp'), thumb.data);

  return {
    sha256,
    ext,
    mime: MIME_BY_EXT[ext],
    bytes: bytes.length,
    width,
    height,
    originalName,
    derivatives: [
      { variant: 'thumb', mime: 'image/webp', width: thumb.width, height: thumb.height, bytes: thumb.data.length },
      { variant: 'screen', mime: 'image/webp', width: screen.width, height: screen.height, bytes: screen.data.length },
    ],
  };
}
