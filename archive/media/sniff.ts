import { mediaRefusal } from './refusal';

export type RasterKind = 'jpg' | 'png' | 'gif' | 'webp' | 'avif' | 'tif';

export const MIME_BY_EXT: Record<RasterKind, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  tif: 'image/tiff',
};

const ACCEPTED = 'JPEG, PNG, WebP, AVIF, TIFF or GIF';

function startsWith(buf: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (buf.length < at + bytes.length) return false;
  return bytes.every((b, i) => buf[at + i] === b);
}

function ascii(buf: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...buf.subarray(from, Math.min(to, buf.length)));
}

/** The brands of an ISO media file ("....ftyp<major><minor><compatible…>"), or null if it is not one. */
function isoBrands(buf: Uint8Array): string[] | null {
  if (buf.length < 16 || ascii(buf, 4, 8) !== 'ftyp') return null;
  const size = Math.min(buf.length, ((buf[0]! << 24) | (buf[1]! << 16) | (buf[2]! << 8) | buf[3]!) >>> 0);
  const brands = [ascii(buf, 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(buf, at, at + 4));
  return brands;
}

/**
 * The start of a file as text, whatever its encoding: SVG and HTML may be saved as UTF-16, and an SVG may
 * hide its <svg> tag behind a long comment, so a generous prefix is read.
 */
function textHead(buf: Uint8Array): string {
  const head = buf.subarray(0, 64 * 1024);
  let text: string;
  if (startsWith(head, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(head.subarray(2));
  else if (startsWith(head, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(head.subarray(2));
  else text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  return text.replace(/^\uFEFF/, '').toLowerCase();
}

/** True when the start of the file decodes as UTF-8 or GBK text with hardly any control characters. */
function looksLikeText(buf: Uint8Array): boolean {
  const whole = buf.length <= 4096;
  // A multi-byte character may be cut at the end of the sample: drop up to three trailing bytes.
  const sample = buf.subarray(0, whole ? buf.length : 4093);
  let control = 0;
  for (const b of sample) if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  if (control > sample.length / 100) return false;
  for (const encoding of ['utf-8', 'gbk']) {
    for (let cut = 0; cut <= (whole ? 0 : 3); cut++) {
      try {
        new TextDecoder(encoding, { fatal: true }).decode(sample.subarray(0, sample.length - cut));
        return true;
      } catch {
        // Not this encoding, or cut inside a character: try the next.
      }
    }
  }
  return false;
}

/**
 * Decides the format from the bytes, never from the file name: a text file renamed .jpg, an SVG or an
 * executable is refused here with a message that says what it really is.
 */
export function sniffRaster(buf: Uint8Array, label: string): RasterKind {
  if (buf.length === 0) throw mediaRefusal('MEDIA_EMPTY', label, `${label} is empty (0 bytes). Copy it again from where it came from.`);
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(buf, 0, 6) === 'GIF87a' || ascii(buf, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(buf, 0, 4) === 'RIFF' && ascii(buf, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(buf, [0x49, 0x49, 0x2a, 0x00]) || startsWith(buf, [0x4d, 0x4d, 0x00, 0x2a])) return 'tif';
  if (startsWith(buf, [0x49, 0x49, 0x2b, 0x00]) || startsWith(buf, [0x4d, 0x4d, 0x00, 0x2b])) return 'tif';
  const brands = isoBrands(buf);
  if (brands) {
    if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
    if (brands.some((b) => /^(heic|heix|hevc|hevx|heim|heis|hevm|hevs)$/.test(b))) {
      throw mediaRefusal('MEDIA_UNSUPPORTED.heic', label, `${label} is a HEIC photo (the iPhone format), which the kiosk cannot show. Export it as JPEG first.`);
    }
    throw mediaRefusal('MEDIA_NOT_IMAGE.video', label, `${label} is a video or other media file, not a photograph. Only ${ACCEPTED} images are accepted.`);
  }

  const head = textHead(buf);
  const markup = head.trimStart();
  if (/<svg[\s>/]/.test(head) && (markup.startsWith('<') || head.includes('xmlns="http://www.w3.org/2000/svg"'))) {
    throw mediaRefusal('MEDIA_SVG', label, `${label} is an SVG drawing. Drawings can carry scripts and are never accepted; export it as PNG and add that instead.`);
  }
  if (/^<(!doctype html|html|head|body|script)[\s>]/.test(markup)) {
    throw mediaRefusal('MEDIA_NOT_IMAGE.html', label, `${label} is a web page (HTML), not an image. Only ${ACCEPTED} images are accepted.`);
  }
  if (startsWith(buf, [0x4d, 0x5a]) || startsWith(buf, [0x7f, 0x45, 0x4c, 0x46]) || ascii(buf, 0, 2) === '#!' || startsWith(buf, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(buf, [0xca, 0xfe, 0xba, 0xbe])) {
    throw mediaRefusal('MEDIA_NOT_IMAGE.program', label, `${label} is a program, not an image. It was not added.`);
  }
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46])) {
    throw mediaRefusal('MEDIA_NOT_IMAGE.pdf', label, `${label} is a PDF document, not an image. Export the page as JPEG or PNG first.`);
  }
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    throw mediaRefusal('MEDIA_NOT_IMAGE.zip', label, `${label} is a ZIP archive (or an Office document), not an image. Unpack it and add the photos inside.`);
  }
  if (startsWith(buf, [0x1f, 0x8b])) {
    throw mediaRefusal('MEDIA_NOT_IMAGE.gzip', label, `${label} is a compressed (gzip) file, not an image. Unpack it first.`);
  }
  if (startsWith(buf, [0x42, 0x4d]) && buf.length > 26) {
    throw mediaRefusal('MEDIA_UNSUPPORTED.bmp', label, `${label} is a BMP image, which the kiosk does not store. Save it as PNG or JPEG first.`);
  }
  if (markup.startsWith('<?xml') || markup.startsWith('<!--')) {
    throw mediaRefusal('MEDIA_NOT_IMAGE.xml', label, `${label} is an XML document, not an image. Only ${ACCEPTED} images are accepted.`);
  }
  if (looksLikeText(buf)) {
    throw mediaRefusal('MEDIA_NOT_IMAGE.text', label, `${label} is a text file, not an image, whatever its name says. Only ${ACCEPTED} images are accepted.`);
  }
  throw mediaRefusal('MEDIA_UNSUPPORTED', label, `${label} is not an image the kiosk can read. Use ${ACCEPTED}.`);
}
