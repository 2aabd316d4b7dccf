import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** Test images, made by sharp (or by hand where sharp would refuse to make them). */

export const solidImage = (width: number, height: number, format: 'png' | 'jpeg' | 'webp' | 'gif', alpha = false) =>
  sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 0, g: 0, b: 255, alpha: 0.5 } : '#2a7' } })
    [format]()
    .toBuffer();

/** A 300 × 200 jpeg, taken sideways (EXIF orientation 6), carrying a copyright line and GPS position. */
export const sidewaysPhotoWithGps = () =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: '#c33' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Copyright: 'GeheimeFotograaf' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 53/1 0/1' },
    })
    .toBuffer();

/** One PNG chunk: length, type, data and its CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A PNG of a few dozen bytes whose header claims `width` × `height`: a decompression bomb's
 * shape. Its pixel data is junk, so only a check on the header can refuse it for its size.
 */
export function pngWithHeaderSize(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A GIF whose header claims `width` × `height` (a pixel bomb of a few dozen bytes). */
export function gifWithHeaderSize(width: number, height: number): Buffer {
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(width, 0);
  screen.writeUInt16LE(height, 2);
  // No colour table; one 1 × 1 image that claims the whole screen is never reached by a header check.
  const image = Buffer.from([0x2c, 0, 0, 0, 0, width & 0xff, width >> 8, height & 0xff, height >> 8, 0, 2, 2, 0x4c, 0x01, 0, 0x3b]);
  return Buffer.concat([Buffer.from('GIF89a', 'ascii'), screen, image]);
}

/**
 * Polyglots: files that are a real image and also something a browser or an interpreter would run.
 * `gifScript` starts like a GIF and is a whole script (the classic GIF/JS file, no real image);
 * `pngWithHtml` is a valid PNG carrying an HTML page in a text chunk and after its end.
 */
export const POLYGLOT_SCRIPT = '<script>window.__pwned=1</script>';
export const gifScript = (): Buffer => Buffer.from(`GIF89a/*\x00\x00*/=1;window.__pwned=1;//${POLYGLOT_SCRIPT}`, 'latin1');
export async function pngWithHtml(): Promise<Buffer> {
  const png = await solidImage(40, 30, 'png');
  const end = png.length - 12; // the IEND chunk
  const html = Buffer.from(`<html><body>${POLYGLOT_SCRIPT}</body></html>`, 'latin1');
  const text = pngChunk('tEXt', Buffer.concat([Buffer.from('Comment\0', 'latin1'), html]));
  return Buffer.concat([png.subarray(0, end), text, png.subarray(end), html]);
}
export async function jpegWithHtml(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({ IFD0: { ImageDescription: POLYGLOT_SCRIPT } })
    .toBuffer();
  return Buffer.concat([jpeg, Buffer.from(POLYGLOT_SCRIPT, 'latin1')]);
}
