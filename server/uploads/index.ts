import { prepareImage } from './image.ts';
import { checkQuota } from './refusals.ts';
import { saveImageFiles } from './files.ts';

export { removeImageFiles, uploadFiles, uploadsDir } from './files.ts';
export { UPLOAD_LIMITS, UPLOAD_REFUSALS, UploadRefusedError, type UploadRefusalCode } from './refusals.ts';

/** An upload as it was stored under `<DATA_DIR>/uploads/`. */
export interface StoredImage {
  id: string;
  mime: string;
  width: number;
  height: number;
  /** On disk, image and thumbnail together; what counts against the quota. */
  bytes: number;
}

/**
 * Turns the raw bytes of an upload into a stored, safe image (see `prepareImage` for the rules),
 * or throws UploadRefusedError and stores nothing. With `quota`, also refuses (`quota_full`) when
 * the student's stored bytes would go over it.
 */
export async function storeUploadedImage(
  dataDir: string,
  bytes: Uint8Array,
  quota?: { usedBytes: number; quotaBytes: number },
): Promise<StoredImage> {
  const prepared = await prepareImage(bytes);
  if (quota) checkQuota(quota.usedBytes, prepared.image.byteLength + prepared.thumbnail.byteLength, quota.quotaBytes);
  const saved = await saveImageFiles(dataDir, prepared);
  return { id: saved.id, mime: prepared.mime, width: prepared.width, height: prepared.height, bytes: saved.bytes };
}
