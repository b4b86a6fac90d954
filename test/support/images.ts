import sharp from 'sharp';

/** A real JPEG of the given size: a gradient with noise so encoders cannot cheat on flat colour. */
export async function makeJpeg(width: number, height: number, seed = 1, quality = 85): Promise<Buffer> {
  const channels = 3;
  const data = Buffer.alloc(width * height * channels);
  let s = seed >>> 0 || 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (s * 1664525 + 1013904223) >>> 0;
      const i = (y * width + x) * channels;
      data[i] = (x * 255) / width + (s & 15);
      data[i + 1] = (y * 255) / height + ((s >> 4) & 15);
      data[i + 2] = ((x + y + seed * 37) & 255) ^ ((s >> 8) & 31);
    }
  }
  return sharp(data, { raw: { width, height, channels } }).jpeg({ quality }).toBuffer();
}

export async function makePng(width: number, height: number, seed = 1): Promise<Buffer> {
  return sharp(await makeJpeg(width, height, seed)).png().toBuffer();
}

/** A PNG whose header claims width×height but carries no real pixel data: a decompression-bomb probe. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
