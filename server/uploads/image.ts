import sharp from 'sharp';
import { UPLOAD_LIMITS, UploadRefusedError } from './refusals.ts';
import { sniffImageType } from './sniff.ts';

/** An upload made safe: re-encoded, without metadata, upright, within the size limits. */
export interface PreparedImage {
  /** Content type of both encodings. */
  mime: string;
  image: Buffer;
  thumbnail: Buffer;
  /** Size of `image` in pixels. */
  width: number;
  height: number;
}

const OUTPUT_MIME = 'image/webp';
// Long enough for a big photo on a slow server; a file that takes longer is refused, not waited for.
const ENCODE_TIMEOUT_SECONDS = 30;

/** Width and height from the file's header only; nothing is decoded, so a pixel bomb costs nothing here. */
async function headerSize(bytes: Uint8Array, expected: string): Promise<{ width: number; height: number }> {
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    // A file whose signature says one type but whose body is another is not what it claims to be.
    if (metadata.format !== expected) throw new UploadRefusedError('not_an_image');
    // Animated images keep only their first frame, so only one frame counts.
    return { width: metadata.width, height: metadata.pageHeight ?? metadata.height };
  } catch (error) {
    if (error instanceof UploadRefusedError) throw error;
    throw new UploadRefusedError('unreadable');
  }
}

function encode(bytes: Uint8Array, side: number) {
  return sharp(bytes, { limitInputPixels: UPLOAD_LIMITS.maxPixels, failOn: 'error', pages: 1 })
    .autoOrient()
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 82 })
    .timeout({ seconds: ENCODE_TIMEOUT_SECONDS })
    .toBuffer({ resolveWithObject: true });
}

/**
 * Checks an upload and re-encodes it, or throws UploadRefusedError:
 * - `too_large` over `maxInputBytes`;
 * - `not_an_image` unless the bytes are a jpeg, png, webp or gif (by signature and by decoder);
 * - `too_many_pixels` over `maxPixels` or a side over `maxSide`, decided from the header alone;
 * - `unreadable` when the image is damaged or cut off.
 * The result is WebP (alpha kept, first frame of animations), turned upright by its EXIF
 * orientation, with every bit of metadata (EXIF, GPS, XMP, ICC) left out, its longest side at most
 * `storedSide`, plus a thumbnail of at most `thumbnailSide`.
 */
export async function prepareImage(bytes: Uint8Array): Promise<PreparedImage> {
  if (bytes.byteLength > UPLOAD_LIMITS.maxInputBytes) throw new UploadRefusedError('too_large');
  const type = sniffImageType(bytes);
  if (!type) throw new UploadRefusedError('not_an_image');
  const { width, height } = await headerSize(bytes, type);
  if (width * height > UPLOAD_LIMITS.maxPixels || width > UPLOAD_LIMITS.maxSide || height > UPLOAD_LIMITS.maxSide) {
    throw new UploadRefusedError(
      'too_many_pixels',
      `Deze afbeelding heeft te veel pixels (${width} × ${height}). Kies een afbeelding van hoogstens ${UPLOAD_LIMITS.maxPixels / 1_000_000} megapixel en ${UPLOAD_LIMITS.maxSide} pixels breed of hoog.`,
    );
  }
  try {
    const [image, thumbnail] = await Promise.all([encode(bytes, UPLOAD_LIMITS.storedSide), encode(bytes, UPLOAD_LIMITS.thumbnailSide)]);
    return { mime: OUTPUT_MIME, image: image.data, thumbnail: thumbnail.data, width: image.info.width, height: image.info.height };
  } catch {
    throw new UploadRefusedError('unreadable');
  }
}
