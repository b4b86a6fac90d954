import crypto from 'node:crypto';
import fs from 'node:fs';
import sharp, { type Metadata } from 'sharp';
import type { ArchiveError } from '../errors';
import { mediaRefusal } from './refusal';
import { commitStaged, discardStaged, stageFile, writeFileAtomicAsync } from './atomic-write';
import { jpegShrinkFor, jpegShrinkOnLoadWorks, shrunkJpegInput } from './jpeg-shrink';
import { DERIVATIVE_WEBP, MEDIA_LIMITS, megabytes } from './limits';
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

interface Encoded {
  data: Buffer;
  width: number;
  height: number;
}

function tooManyBytes(label: string, bytes: number): ArchiveError {
  return mediaRefusal('MEDIA_TOO_LARGE.bytes', label, `${label} is ${megabytes(bytes)}; the limit is ${megabytes(MEDIA_LIMITS.maxBytes)}. Save a smaller copy and add that.`, {
    size: megabytes(bytes),
    limit: megabytes(MEDIA_LIMITS.maxBytes),
  });
}

function tooManyPixels(label: string, width: number, height: number): ArchiveError {
  const mp = Math.round((width * height) / 1e6);
  return mediaRefusal(
    'MEDIA_TOO_LARGE.pixels',
    label,
    `${label} is ${width}×${height} pixels (${mp} megapixels); the limit is ${MEDIA_LIMITS.maxPixels / 1e6} megapixels. Save a smaller copy and add that.`,
    { width, height, megapixels: mp, limit: MEDIA_LIMITS.maxPixels / 1e6 },
  );
}

/** `tempFile`, when the image was decoded from one, is kept out of the message: the curator never named it. */
function refuseDecodeError(label: string, e: unknown, tempFile?: string): never {
  const raw = e instanceof Error ? e.message : String(e);
  const msg = tempFile ? raw.split(tempFile).join('the file') : raw;
  if (/pixel limit/i.test(msg)) throw mediaRefusal('MEDIA_TOO_LARGE.pixel-limit', label, `${label} is over the ${MEDIA_LIMITS.maxPixels / 1e6} megapixel limit. Save a smaller copy and add that.`, { limit: MEDIA_LIMITS.maxPixels / 1e6 });
  throw mediaRefusal('MEDIA_CORRUPT', label, `${label} is damaged or incomplete and cannot be read (${msg.split('\n')[0]}). Copy it again from the camera, scanner or original folder.`, { error: msg.split('\n')[0]! });
}

export async function readImageInput(input: Buffer | string, label: string): Promise<Buffer> {
  if (Buffer.isBuffer(input)) return input;
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(input);
  } catch {
    throw mediaRefusal('MEDIA_MISSING', label, `${label} was not found.`);
  }
  if (!stat.isFile()) throw mediaRefusal('MEDIA_NOT_IMAGE.not-file', label, `${label} is not a file.`);
  if (stat.size > MEDIA_LIMITS.maxBytes) throw tooManyBytes(label, stat.size);
  return fs.promises.readFile(input);
}

async function readHeader(bytes: Buffer, label: string): Promise<{ width: number; height: number }> {
  let meta: Metadata;
  try {
    // Only the header is read here, so the pixel limit can be checked before anything is decoded.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (e) {
    refuseDecodeError(label, e);
  }
  const rawW = meta.width ?? 0;
  const rawH = meta.height ?? 0;
  if (rawW <= 0 || rawH <= 0) throw mediaRefusal('MEDIA_CORRUPT.no-size', label, `${label} has no readable size and cannot be shown. Copy it again from the original.`);
  if (rawW * rawH > MEDIA_LIMITS.maxPixels) throw tooManyPixels(label, rawW, rawH);
  // EXIF orientations 5–8 swap width and height on screen.
  const swapped = (meta.orientation ?? 1) >= 5;
  return swapped ? { width: rawH, height: rawW } : { width: rawW, height: rawH };
}

/**
 * libjpeg warnings that cameras and phones commonly trigger on photos that display perfectly. Any other JPEG
 * warning (a "premature end of data segment", a bad Huffman code) means part of the picture is missing and
 * would show as a grey band, so the file is refused as damaged.
 */
export function isHarmlessJpegWarning(message: string): boolean {
  return /extraneous bytes before marker|unknown JFIF revision|inconsistent progression sequence/i.test(message);
}

async function decodeToScreen(input: Buffer | string, ext: RasterKind, strict: boolean) {
  return sharp(input, { failOn: strict && ext === 'jpg' ? 'warning' : 'truncated', limitInputPixels: MEDIA_LIMITS.maxPixels, animated: false })
    .rotate()
    .resize({ width: MEDIA_LIMITS.screenSize, height: MEDIA_LIMITS.screenSize, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/**
 * Decodes once (EXIF-rotated, shrunk on load where the format allows, first frame only) to raw pixels at
 * screen size, then encodes the screen and thumbnail images from those pixels side by side. Output carries
 * no metadata: sharp writes none unless asked, so GPS and camera data never reach a derivative. `input` is
 * the image's bytes, or a libvips file name that loads a JPEG at reduced scale (see jpeg-shrink.ts).
 */
async function renderDerivatives(input: Buffer | string, ext: RasterKind, label: string, tempFile?: string): Promise<{ screen: Encoded; thumb: Encoded }> {
  try {
    let decoded: Awaited<ReturnType<typeof decodeToScreen>>;
    try {
      decoded = await decodeToScreen(input, ext, true);
    } catch (e) {
      if (!(e instanceof Error) || !isHarmlessJpegWarning(e.message)) throw e;
      decoded = await decodeToScreen(input, ext, false);
    }
    const { data, info } = decoded;
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
    const [screen, thumb] = await Promise.all([
      sharp(data, raw).webp(DERIVATIVE_WEBP).toBuffer({ resolveWithObject: true }),
      sharp(data, raw)
        .resize({ width: MEDIA_LIMITS.thumbSize, height: MEDIA_LIMITS.thumbSize, fit: 'inside', withoutEnlargement: true })
        .webp(DERIVATIVE_WEBP)
        .toBuffer({ resolveWithObject: true }),
    ]);
    return {
      screen: { data: screen.data, width: screen.info.width, height: screen.info.height },
      thumb: { data: thumb.data, width: thumb.info.width, height: thumb.info.height },
    };
  } catch (e) {
    refuseDecodeError(label, e, tempFile);
  }
}

/** Decodes and encodes from a temp copy of the original when the JPEG can be decoded at reduced scale. */
async function renderStaged(tmp: string, bytes: Buffer, ext: RasterKind, width: number, height: number, label: string) {
  const shrink = ext === 'jpg' && (await jpegShrinkOnLoadWorks()) ? jpegShrinkFor(width, height) : 1;
  if (shrink === 1) return { ...(await renderDerivatives(bytes, ext, label)), staged: null };
  // libvips shrinks a JPEG on load only from a file. The file is the original's own temp copy, so the pixels
  // decoded are exactly the bytes hashed, and storing the original is then a rename.
  const staged = await stageFile(tmp, bytes);
  try {
    return { ...(await renderDerivatives(shrunkJpegInput(staged.path, shrink), ext, label, staged.path)), staged };
  } catch (e) {
    await discardStaged(staged);
    throw e;
  }
}

/**
 * Validates one image and writes its original and derivatives into the store. Nothing enters the store until
 * the image has been fully decoded and both derivatives encoded, so a refused file leaves no trace (a temp
 * copy made for decoding is removed); each file is written to a temp file and renamed. Safe to run for many
 * images in parallel and to abandon: until a database row names the hash, the files are unreferenced.
 */
export async function prepareMedia(root: string, input: Buffer | string, label: string, originalName = ''): Promise<PreparedMedia> {
  const bytes = await readImageInput(input, label);
  if (bytes.length > MEDIA_LIMITS.maxBytes) throw tooManyBytes(label, bytes.length);
  const ext = sniffRaster(bytes, label);
  const { width, height } = await readHeader(bytes, label);
  const tmp = tempDir(root);
  const { screen, thumb, staged } = await renderStaged(tmp, bytes, ext, width, height, label);

  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const original = mediaFilePath(root, sha256, 'original', ext);
  const storeOriginal = (): Promise<void> => {
    if (fs.existsSync(original)) return staged ? discardStaged(staged) : Promise.resolve();
    return staged ? commitStaged(staged, original) : writeFileAtomicAsync(tmp, original, bytes);
  };
  // Every write is let finish (or clean up its temp file) before a failure is reported, so a caller that
  // gives up on this image never races a sibling write still holding a temp file.
  const writes = await Promise.allSettled([
    storeOriginal(),
    writeFileAtomicAsync(tmp, mediaFilePath(root, sha256, 'screen', 'webp'), screen.data),
    writeFileAtomicAsync(tmp, mediaFilePath(root, sha256, 'thumb', 'webp'), thumb.data),
  ]);
  const failed = writes.find((w) => w.status === 'rejected');
  if (failed) throw failed.reason;

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
