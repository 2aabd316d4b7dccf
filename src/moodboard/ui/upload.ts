import type { MessageKey } from '../../i18n/index.ts';
import type { UploadResult } from '../../shared/moodboard/api.ts';
import { serverCode } from './api-client.ts';

/** What the board accepts as an image; the server checks the same, and the bytes themselves. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
/** The server's limit on the bytes sent (its refusal names the same number). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/**
 * Why a file cannot be uploaded, before sending a byte; null when it may go. The messages are the
 * server's own refusals, so the student reads the same sentence whichever side says no.
 */
export function precheckImage(file: { type: string; size: number }): MessageKey | null {
  // Some file pickers give no type at all; the server reads the type from the bytes anyway.
  const knownType = file.type === '' || (IMAGE_TYPES as readonly string[]).includes(file.type);
  if (!knownType || file.size === 0) return 'mbEdit.upload.badType';
  if (file.size > MAX_IMAGE_BYTES) return 'mbEdit.upload.tooBig';
  return null;
}

/** The first image among dropped or pasted files, or null. */
export function firstImage<T extends { type: string }>(files: ArrayLike<T> | null | undefined): T | null {
  if (!files) return null;
  for (let index = 0; index < files.length; index++) {
    const file = files[index];
    if (file && file.type.startsWith('image/')) return file;
  }
  return null;
}

/** A refusal carries the server's code (null when it gave none); `offline` when no answer came. */
export type UploadOutcome =
  { ok: true; result: UploadResult } | { ok: false; offline: true } | { ok: false; offline: false; code: string | null };

/**
 * Sends the file's bytes to the board's upload address and reports progress (0..1, or null while
 * the browser cannot tell).
 */
export function uploadImage(boardId: string, file: Blob, onProgress: (fraction: number | null) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/werk/borden/${encodeURIComponent(boardId)}/afbeeldingen`);
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => onProgress(event.lengthComputable && event.total > 0 ? event.loaded / event.total : null);
    request.onerror = () => resolve({ ok: false, offline: true });
    request.ontimeout = () => resolve({ ok: false, offline: true });
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300 && isUploadResult(body)) resolve({ ok: true, result: body });
      else resolve({ ok: false, offline: false, code: serverCode(body) });
    };
    request.send(file);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isUploadResult(value: unknown): value is UploadResult {
  if (!value || typeof value !== 'object') return false;
  const body = value as Record<string, unknown>;
  return typeof body.uploadId === 'string' && typeof body.width === 'number' && typeof body.height === 'number';
}
