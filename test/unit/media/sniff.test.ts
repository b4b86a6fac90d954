import { describe, expect, it } from 'vitest';
import { sniffRaster } from '../../../archive/media/sniff';

const L = '“photo.jpg”';
const refused = (buf: Uint8Array): { code: string; message: string } => {
  try {
    sniffRaster(buf, L);
  } catch (e) {
    return { code: (e as { code: string }).code, message: (e as Error).message };
  }
  throw new Error('was accepted');
};
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const ftyp = (major: string, ...compatible: string[]) => {
  const body = bytes('ftyp', major, [0, 0, 0, 0], ...compatible);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(body.length + 4);
  return Buffer.concat([size, body, Buffer.alloc(32)]);
};

describe('sniffRaster: accepted formats come from the bytes, not the name', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'jpg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'png'],
    ['GIF87a', bytes('GIF87a'), 'gif'],
    ['GIF89a', bytes('GIF89a'), 'gif'],
    ['WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'webp'],
    ['TIFF little-endian', bytes([0x49, 0x49, 0x2a, 0x00]), 'tif'],
    ['TIFF big-endian', bytes([0x4d, 0x4d, 0x00, 0x2a]), 'tif'],
    ['BigTIFF', bytes([0x49, 0x49, 0x2b, 0x00]), 'tif'],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'avif'],
    ['AVIF with a generic major brand', ftyp('mif1', 'avif', 'miaf'), 'avif'],
  ])('%s', (_what, buf, kind) => {
    expect(sniffRaster(buf, L)).toBe(kind);
  });
});

describe('sniffRaster: everything else is refused with a message that says what the file is', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'MEDIA_EMPTY', `${L} is empty (0 bytes). Copy it again from where it came from.`],
    [
      'an SVG with a script',
      bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'MEDIA_SVG',
      `${L} is an SVG drawing. Drawings can carry scripts and are never accepted; export it as PNG and add that instead.`,
    ],
    ['an SVG behind an XML declaration, a BOM and a long comment', bytes([0xef, 0xbb, 0xbf], `<?xml version="1.0"?>\n<!--${'x'.repeat(5000)}-->\n<SVG width="10">`), 'MEDIA_SVG', `${L} is an SVG drawing. Drawings can carry scripts and are never accepted; export it as PNG and add that instead.`],
    ['an SVG saved as UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<svg onload="alert(1)"/>', 'utf16le')]), 'MEDIA_SVG', `${L} is an SVG drawing. Drawings can carry scripts and are never accepted; export it as PNG and add that instead.`],
    ['a web page', bytes('  <!DOCTYPE html><html><body>hi</body></html>'), 'MEDIA_NOT_IMAGE', `${L} is a web page (HTML), not an image. Only JPEG, PNG, WebP, AVIF, TIFF or GIF images are accepted.`],
    ['a bare script tag', bytes('<script>fetch("/api")</script>'), 'MEDIA_NOT_IMAGE', `${L} is a web page (HTML), not an image. Only JPEG, PNG, WebP, AVIF, TIFF or GIF images are accepted.`],
    ['a Windows program', bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0]), 'MEDIA_NOT_IMAGE', `${L} is a program, not an image. It was not added.`],
    ['a Linux program', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'MEDIA_NOT_IMAGE', `${L} is a program, not an image. It was not added.`],
    ['a shell script', bytes('#!/bin/sh\nrm -rf /\n'), 'MEDIA_NOT_IMAGE', `${L} is a program, not an image. It was not added.`],
    ['a macOS program', bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), 'MEDIA_NOT_IMAGE', `${L} is a program, not an image. It was not added.`],
    ['a PDF', bytes('%PDF-1.7\n'), 'MEDIA_NOT_IMAGE', `${L} is a PDF document, not an image. Export the page as JPEG or PNG first.`],
    ['a ZIP archive', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]), 'MEDIA_NOT_IMAGE', `${L} is a ZIP archive (or an Office document), not an image. Unpack it and add the photos inside.`],
    ['a gzip file', bytes([0x1f, 0x8b, 8, 0]), 'MEDIA_NOT_IMAGE', `${L} is a compressed (gzip) file, not an image. Unpack it first.`],
    ['a BMP', Buffer.concat([bytes('BM'), Buffer.alloc(60, 1)]), 'MEDIA_UNSUPPORTED', `${L} is a BMP image, which the kiosk does not store. Save it as PNG or JPEG first.`],
    ['a HEIC photo', ftyp('heic', 'mif1', 'heic'), 'MEDIA_UNSUPPORTED', `${L} is a HEIC photo (the iPhone format), which the kiosk cannot show. Export it as JPEG first.`],
    ['an MP4 video', ftyp('isom', 'iso2', 'mp41'), 'MEDIA_NOT_IMAGE', `${L} is a video or other media file, not a photograph. Only JPEG, PNG, WebP, AVIF, TIFF or GIF images are accepted.`],
    ['an XML document', bytes('<?xml version="1.0"?><catalogue><item/></catalogue>'), 'MEDIA_NOT_IMAGE', `${L} is an XML document, not an image. Only JPEG, PNG, WebP, AVIF, TIFF or GIF images are accepted.`],
    ['Chinese text renamed .jpg', Buffer.from('这不是照片，只是文字。\n'.repeat(20)), 'MEDIA_NOT_IMAGE', `${L} is a text file, not an image, whatever its name says. Only JPEG, PNG, WebP, AVIF, TIFF or GIF images are accepted.`],
    ['a CSV renamed .jpg', Buffer.from('name,year\n单晓川,1968\n'), 'MEDIA_NOT_IMAGE', `${L} is a text file, not an image, whatever its name says. Only JPEG, PNG, WebP, AVIF, TIFF or GIF images are accepted.`],
    ['random binary', Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 7) % 256)), 'MEDIA_UNSUPPORTED', `${L} is not an image the kiosk can read. Use JPEG, PNG, WebP, AVIF, TIFF or GIF.`],
  ])('%s', (_what, buf, code, message) => {
    expect(refused(buf)).toEqual({ code, message });
  });

  it('never mistakes a JPEG signature cut to two bytes for a JPEG', () => {
    expect(refused(bytes([0xff, 0xd8])).code).toBe('MEDIA_UNSUPPORTED');
  });
});

describe('sniffRaster: text in a Chinese legacy encoding is still recognised as text', () => {
  it('GBK', () => {
    const gbk = Buffer.from([0xd5, 0xe2, 0xb2, 0xbb, 0xca, 0xc7, 0xd5, 0xd5, 0xc6, 0xac, 0x0a]); // 这不是照片
    expect(refused(Buffer.concat(Array.from({ length: 10 }, () => gbk))).code).toBe('MEDIA_NOT_IMAGE');
  });
});
