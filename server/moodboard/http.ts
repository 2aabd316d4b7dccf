import type { z } from 'zod';
import { nl } from 'zod/locales';
import type { ApiError } from '../../src/shared/moodboard/api.ts';
import { API_ERRORS, type ApiErrorCode } from './messages.ts';

import { fromOwnOrigin } from '../../src/shared/origin.ts';

export { fromOwnOrigin };

/** Largest JSON body the API reads. */
export const JSON_BODY_LIMIT = 1024 * 1024;

/** A JSON response; `no-store` because every answer here is one person's own data. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** The API's error shape with the code's status; `message` replaces the standard sentence. */
export function apiError(code: ApiErrorCode, message?: string, extra: Record<string, unknown> = {}): Response {
  const body: ApiError & Record<string, unknown> = { error: { code, message: message ?? API_ERRORS[code].message }, ...extra };
  return json(body, API_ERRORS[code].status);
}

/** The body's bytes, or null as soon as it turns out to be longer than `limit` (the rest is not read). */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const dutchErrors = nl().localeError;

/** The first problem zod found, in Dutch, with where it is when that helps ("items.3.text: …"). */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return API_ERRORS.invalid.message;
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * Reads a state-changing JSON request: from our own origin (403), JSON only (415), at most
 * `JSON_BODY_LIMIT` (413), parseable (400) and valid for `schema` (400, first zod message in Dutch).
 */
export async function readJsonRequest<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  if (!fromOwnOrigin(request)) return { ok: false, response: apiError('bad_origin') };
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, response: apiError('unsupported_type') };
  const bytes = await readLimitedBody(request, JSON_BODY_LIMIT);
  if (!bytes) return { ok: false, response: apiError('too_large') };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, response: apiError('bad_json') };
  }
  const parsed = schema.safeParse(value, { error: dutchErrors });
  if (!parsed.success) return { ok: false, response: apiError('invalid', `${API_ERRORS.invalid.message} ${firstIssue(parsed.error)}`) };
  return { ok: true, data: parsed.data };
}
