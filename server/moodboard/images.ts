import { openAsBlob } from 'node:fs';
import type { UploadResult } from '../../src/shared/moodboard/api.ts';
import { removeImageFiles, storeUploadedImage, uploadFiles, UPLOAD_LIMITS, UPLOAD_REFUSALS, UploadRefusedError } from '../uploads/index.ts';
import { boardAccess, requester } from './access.ts';
import type { MoodboardDeps } from './deps.ts';
import { apiError, fromOwnOrigin, json, readLimitedBody } from './http.ts';

// Room for a little overhead above the file limit; anything longer is cut off while reading.
const UPLOAD_BODY_LIMIT = UPLOAD_LIMITS.maxInputBytes + 64 * 1024;
const UPLOAD_ID = /^[A-Za-z0-9_-]{24}$/;
/** Uploads one student may have in progress at once: each holds up to 10 MB and a decode in memory. */
const UPLOADS_AT_ONCE = 2;
// Per process on purpose, also with several nodes: the limit guards this process's memory (each upload
// is held and decoded here), so another node's uploads are no concern of it.
const inProgress = new Map<string, number>();

/** Upload files never change, so browsers may keep them a day (privately: they are one student's). */
const IMAGE_CACHE_SECONDS = 24 * 60 * 60;

/**
 * POST /api/werk/borden/:id/afbeeldingen: the raw image bytes (any content type; the bytes decide)
 * become a safe stored image for the board's student. Refusals (`not_an_image`, `too_large`,
 * `too_many_pixels`, `unreadable`, `quota_full`) store nothing and leave the board as it was.
 */
export async function handleUploadImage(request: Request, deps: MoodboardDeps, boardId: string): Promise<Response> {
  if (!fromOwnOrigin(request)) return apiError('bad_origin');
  const access = await boardAccess(request, deps, boardId, 'write');
  if (!access.ok) return access.response;
  const participantId = access.board.participantId;
  const running = inProgress.get(participantId) ?? 0;
  if (running >= UPLOADS_AT_ONCE) return apiError('uploads_busy');
  inProgress.set(participantId, running + 1);
  try {
    return await storeForBoard(request, deps, access.board.id, participantId);
  } finally {
    const left = (inProgress.get(participantId) ?? 1) - 1;
    if (left > 0) inProgress.set(participantId, left);
    else inProgress.delete(participantId);
  }
}

/** Reads, checks and stores one image for the board; the quota counts what is stored already. */
async function storeForBoard(request: Request, deps: MoodboardDeps, boardId: string, participantId: string): Promise<Response> {
  const quotaBytes = deps.uploadQuotaBytes ?? UPLOAD_LIMITS.defaultQuotaBytes;
  const usedBytes = await deps.store.uploadedBytes(participantId);
  // Checked before reading, so a full quota costs no decoding.
  if (usedBytes >= quotaBytes) return apiError('quota_full');
  const bytes = await readLimitedBody(request, UPLOAD_BODY_LIMIT);
  if (!bytes) return apiError('too_large', UPLOAD_REFUSALS.too_large);

  let stored;
  try {
    stored = await storeUploadedImage(deps.dataDir, bytes, { usedBytes, quotaBytes });
  } catch (error) {
    if (error instanceof UploadRefusedError) return apiError(error.code, error.message);
    throw error;
  }
  try {
    await deps.store.createUpload({ ...stored, participantId, boardId, now: deps.clock() });
  } catch (error) {
    await removeImageFiles(deps.dataDir, stored.id);
    throw error;
  }
  const result: UploadResult = { uploadId: stored.id, width: stored.width, height: stored.height };
  return json(result, 201);
}

/**
 * GET /api/afbeeldingen/:id (`?klein` for the thumbnail): the stored image, for the student who
 * uploaded it or the teacher who handed out the assignment of its board. Anyone else gets the same
 * 404 as for an image that does not exist.
 */
export async function handleServeImage(request: Request, deps: MoodboardDeps, uploadId: string): Promise<Response> {
  const notFound = apiError('image_not_found');
  if (!UPLOAD_ID.test(uploadId)) return notFound;
  const who = await requester(request, deps);
  if (!who.student && !who.teacherId) return notFound;
  const upload = await deps.store.findUpload(uploadId);
  if (!upload) return notFound;
  let allowed = who.student?.id === upload.participantId;
  if (!allowed && who.teacherId !== null) {
    const board = await deps.store.findBoard(upload.boardId);
    const handout = board ? await deps.store.findHandout(board.handoutId) : null;
    allowed = handout?.teacherId === who.teacherId;
  }
  if (!allowed) return notFound;

  const files = uploadFiles(deps.dataDir, upload.id);
  let blob: Blob;
  try {
    blob = await openAsBlob(new URL(request.url).searchParams.has('klein') ? files.thumbnail : files.image);
  } catch {
    return notFound;
  }
  return new Response(blob, {
    headers: {
      'Content-Type': upload.mime,
      'Content-Length': String(blob.size),
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': `private, max-age=${IMAGE_CACHE_SECONDS}`,
      Vary: 'Cookie',
    },
  });
}
