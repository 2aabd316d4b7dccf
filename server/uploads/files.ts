import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PreparedImage } from './image.ts';

/** Folder of the stored images inside DATA_DIR. */
export const uploadsDir = (dataDir: string): string => path.join(dataDir, 'uploads');

/** A new upload id: 144 random bits, URL-safe, so ids can be neither guessed nor chosen. */
export const newUploadId = (): string => randomBytes(18).toString('base64url');

const UPLOAD_ID = /^[A-Za-z0-9_-]{24}$/;

/**
 * Where the image and thumbnail of upload `id` live. Names come only from our own ids, never from
 * what the student's file was called; anything that is not such an id is refused.
 */
export function uploadFiles(dataDir: string, id: string): { image: string; thumbnail: string } {
  if (!UPLOAD_ID.test(id)) throw new RangeError('Not an upload id');
  const dir = uploadsDir(dataDir);
  return { image: path.join(dir, `${id}.webp`), thumbnail: path.join(dir, `${id}.klein.webp`) };
}

/** Writes to a temporary name first and renames, so a reader never sees half a file. */
async function writeWhole(file: string, data: Uint8Array): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Stores a prepared image under a new random id; returns the id and the bytes it takes on disk. */
export async function saveImageFiles(dataDir: string, prepared: PreparedImage): Promise<{ id: string; bytes: number }> {
  await mkdir(uploadsDir(dataDir), { recursive: true });
  const id = newUploadId();
  const files = uploadFiles(dataDir, id);
  try {
    await writeWhole(files.thumbnail, prepared.thumbnail);
    await writeWhole(files.image, prepared.image);
  } catch (error) {
    await removeImageFiles(dataDir, id);
    throw error;
  }
  return { id, bytes: prepared.image.byteLength + prepared.thumbnail.byteLength };
}

/** Deletes an upload's files (missing ones are fine). */
export async function removeImageFiles(dataDir: string, id: string): Promise<void> {
  const files = uploadFiles(dataDir, id);
  await Promise.all([rm(files.image, { force: true }), rm(files.thumbnail, { force: true })]);
}
