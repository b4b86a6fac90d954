import { ArchiveError } from '../errors';

export type RasterKind = 'jpg' | 'png' | 'gif' | 'webp' | 'avif' | 'tif';

export const MIME_BY_EXT: Record<RasterKind, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  tif: 'image/tiff',
};

function startsWith(buf: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (buf.length < at + bytes.length) return false;
  return bytes.every((b, i) => buf[at + i] === b);
}

function ascii(buf: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...buf.subarray(from, Math.min(to, buf.length)));
}

/**
 * Decides the format from the bytes, never from the file name: a text file renamed .jpg, an SVG or an
 * executable is refused here with a message that says what it really is.
 */
export function sniffRaster(buf: Uint8Array, label: string): RasterKind {
  if (buf.length === 0) throw new ArchiveError('MEDIA_EMPTY', `${label} is empty (0 bytes).`);
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP') return 'webp';
  if (ascii(buf, 4, 8) === 'ftyp' && /^(avif|avis)$/.test(ascii(buf, 8, 12))) return 'avif';
  if (startsWith(buf, [0x49, 0x49, 0x2a, 0x00]) || startsWith(buf, [0x4d, 0x4d, 0x00, 0x2a])) return 'tif';

  const head = new TextDecoder('utf-8', { fatal: false }).decode(buf.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<?xml') || head.includes('<svg')) {
    throw new ArchiveError('MEDIA_SVG', `${label} is an SVG drawing. Only photographs and raster images (JPEG, PNG, WebP, AVIF, TIFF, GIF) are accepted; export it as PNG first.`);
  }
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) {
    throw new ArchiveError('MEDIA_NOT_IMAGE', `${label} is a web page (HTML), not an image.`);
  }
  if (startsWith(buf, [0x4d, 0x5a]) || startsWith(buf, [0x7f, 0x45, 0x4c, 0x46]) || ascii(buf, 0, 2) === '#!') {
    throw new ArchiveError('MEDIA_NOT_IMAGE', `${label} is a program, not an image.`);
  }
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46])) {
    throw new ArchiveError('MEDIA_NOT_IMAGE', `${label} is a PDF document, not an image. Export the page as JPEG or PNG first.`);
  }
  const printable = buf.subarray(0, 512).every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
  if (printable) throw new ArchiveError('MEDIA_NOT_IMAGE', `${label} is a text file, not an image (its name may say otherwise).`);
  throw new ArchiveError('MEDIA_UNSUPPORTED', `${label} is not a supported image. Use JPEG, PNG, WebP, AVIF, TIFF or GIF.`);
}
