import type { BoardPayload, VersionSummary } from '../../shared/moodboard/api.ts';
import { retryDelay, SAVE_TIMEOUT_MS } from '../sync-timing.ts';

/** The `code` of an API error body (`{ error: { code } }`), to word for the reader; null without one. */
export function serverCode(body: unknown): string | null {
  if (!body || typeof body !== 'object' || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  if (!error || typeof error !== 'object' || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : null;
}

export type LoadOutcome =
  | { ok: true; payload: BoardPayload }
  /** login: not logged in as a student (401/403); network: no answer; other: the server's refusal code. */
  | { ok: false; reason: 'login' | 'notFound' | 'network' | 'other'; code: string | null };

/** Which failure an answer to the board request is. */
export function loadFailure(status: number): 'login' | 'notFound' | 'other' {
  if (status === 401 || status === 403) return 'login';
  if (status === 404) return 'notFound';
  return 'other';
}

export async function loadBoard(boardId: string, fetcher: typeof fetch = fetch): Promise<LoadOutcome> {
  let response: Response;
  try {
    response = await fetcher(`/api/werk/borden/${encodeURIComponent(boardId)}`, {
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
  } catch {
    return { ok: false, reason: 'network', code: null };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body && typeof body === 'object' && 'board' in body) return { ok: true, payload: body as BoardPayload };
  return { ok: false, reason: response.ok ? 'other' : loadFailure(response.status), code: serverCode(body) };
}

export type HandInOutcome = { ok: true; version: VersionSummary } | { ok: false; conflict: boolean; code: string | null };

/** What the hand-in sends its request with (`fetch`, or one that adds what a test needs). */
export type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

/** Tries of one hand-in before it counts as failed: the server answers a repeat with the same version. */
export const HAND_IN_ATTEMPTS = 3;

const worthRetrying = (status: number | null): boolean => status === null || status >= 500 || status === 408 || status === 429;

async function handInOnce(boardId: string, revision: number, fetcher: Fetcher): Promise<{ status: number | null; outcome: HandInOutcome }> {
  let response: Response;
  try {
    response = await fetcher(`/api/werk/borden/${encodeURIComponent(boardId)}/inleveren`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ revision }),
      // An answer lost on a bad network would otherwise keep the button busy for minutes.
      signal: AbortSignal.timeout(SAVE_TIMEOUT_MS),
    });
  } catch {
    return { status: null, outcome: { ok: false, conflict: false, code: null } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && body && typeof body === 'object' && 'version' in body)
    return { status: response.status, outcome: { ok: true, version: (body as { version: VersionSummary }).version } };
  return { status: response.status, outcome: { ok: false, conflict: response.status === 409, code: serverCode(body) } };
}

/**
 * Hands in the board as it is saved at `revision`; a 409 means a newer save exists (or this one is
 * not saved yet). No answer (within `SAVE_TIMEOUT_MS`) or a server error is tried again (`HAND_IN_ATTEMPTS` in all): a hand-in
 * that went through but whose answer was lost comes back as the version it made, never a second one.
 */
export async function handInBoard(
  boardId: string,
  revision: number,
  fetcher: Fetcher = fetch,
  wait: (attempt: number) => Promise<void> = (attempt) => new Promise((resolve) => setTimeout(resolve, retryDelay(attempt))),
): Promise<HandInOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    const { status, outcome } = await handInOnce(boardId, revision, fetcher);
    if (outcome.ok || attempt >= HAND_IN_ATTEMPTS || !worthRetrying(status)) return outcome;
    await wait(attempt);
  }
}

/** The versions with `version` in its place: a repeated hand-in answers with a version the list already has. */
export function withVersion(versions: readonly VersionSummary[], version: VersionSummary): VersionSummary[] {
  return [...versions.filter((known) => known.number !== version.number), version].sort((a, b) => a.number - b.number);
}
