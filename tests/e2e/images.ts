import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { pngChunk } from '../../server/uploads/test-images.ts';

/** Test images made on the spot: a real photo-like picture and the three kinds of upload the server must refuse. */

/** A colourful 800×500 PNG, like a picture a student would put on a moodboard. */
export async function examplePng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500">
    <defs><linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#1d3557"/><stop offset="1" stop-color="#e63946"/></linearGradient></defs>
    <rect width="800" height="500" fill="url(#g)"/><circle cx="400" cy="250" r="160" fill="#f1faee"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Random pixels do not compress, so 2200×1700 RGB comes out well over 10 MB. */
export async function oversizedPng(): Promise<Buffer> {
  const width = 2200;
  const height = 1700;
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index++) pixels[index] = (index * 2654435761) >>> 24;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

/**
 * A decompression bomb: a valid 15000×15000 grey PNG of a few hundred kilobytes that would take
 * 225 MB (and far more once decoded to RGBA) in memory.
 */
export function pixelBombPng(side = 15_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const row = Buffer.alloc(side + 1); // filter byte 0 and black pixels
  const raw = Buffer.concat(Array.from({ length: side }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A text file that claims to be a picture by its name. */
export const renamedTextFile = (): Buffer => Buffer.from('Dit is geen afbeelding, alleen tekst met een .png-naam.\n', 'utf8');
