// Renders build/icon.svg into the icons electron-builder packs: build/icons/<n>x<n>.png for Linux, build/icon.png,
// and build/icon.ico (PNG entries, which every Windows since Vista reads). Run: npx tsx scripts/make-icons.ts
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const svg = fs.readFileSync(path.join(root, 'build/icon.svg'));
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** An ICO container around PNG images: 6-byte header, a 16-byte entry per image, then the PNG bytes. */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2);
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function render(size: number): Promise<Buffer> {
  return sharp(svg, { density: Math.max(72, Math.ceil((72 * size) / 1024) * 4) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

async function main(): Promise<void> {
  fs.mkdirSync(path.join(root, 'build/icons'), { recursive: true });
  for (const size of LINUX_SIZES) fs.writeFileSync(path.join(root, `build/icons/${size}x${size}.png`), await render(size));
  fs.writeFileSync(path.join(root, 'build/icon.png'), await render(1024));
  const ico = await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await render(size) })));
  fs.writeFileSync(path.join(root, 'build/icon.ico'), icoFromPngs(ico));
  console.log('Icons written to build/.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
