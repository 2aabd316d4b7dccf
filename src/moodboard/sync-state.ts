import { z } from 'zod';
import type { BoardConflict } from '../shared/moodboard/api.ts';
import { boardDocSchema, type BoardDoc } from '../shared/moodboard/board.ts';

/** Device storage key of a board's unsaved work (all tabs of the device share it). */
export const deviceCopyKey = (boardId: string): string => `moodboard:${boardId}`;

const deviceCopySchema = z.object({
  doc: boardDocSchema,
  /** The server revision the doc was built on. */
  baseRevision: z.number().int().min(0),
  localVersion: z.number().int().min(0),
  /** When the copy was kept (ms). */
  savedAt: z.number(),
  /** Which tab kept it, so a tab only clears its own copy. */
  tab: z.string().max(40).optional(),
});
export type DeviceCopy = z.infer<typeof deviceCopySchema>;

/** The copy in `raw` (a stored string), or null when there is none or it is not a valid copy. */
export function parseDeviceCopy(raw: string | null): DeviceCopy | null {
  if (raw === null) return null;
  try {
    const parsed = deviceCopySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Deep equality of JSON values, whatever the key order (the server stores docs in schema order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, index) => sameJson(value, b[index]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && sameJson(left[key], right[key]));
}

export interface ServerBoard {
  revision: number;
  doc: BoardDoc;
  updatedAt: number;
}

export type RestorePlan =
  /** Nothing unsaved on the device: the server's board it is. */
  | { kind: 'server' }
  /** Unsaved work on the server's own revision: show it and save it. */
  | { kind: 'device'; doc: BoardDoc }
  /** Unsaved work on another revision than the server's: show it, keep the server's aside, let the student choose. */
  | { kind: 'conflict'; doc: BoardDoc };

/**
 * What to open with, given the device copy and the server's board. A copy on another revision than
 * the server's (older, or newer after a server restore) is never dropped silently.
 */
export function planRestore(copy: DeviceCopy | null, server: ServerBoard): RestorePlan {
  if (!copy || sameJson(copy.doc, server.doc)) return { kind: 'server' };
  if (copy.baseRevision === server.revision) return { kind: 'device', doc: copy.doc };
  return { kind: 'conflict', doc: copy.doc };
}

export type SaveOutcome =
  | { kind: 'saved'; revision: number; savedAt: number }
  | { kind: 'conflict'; current: ServerBoard }
  /** Try again later: no connection, the server is down or busy. */
  | { kind: 'retry' }
  /** The server said no (bad doc, not logged in): retrying the same doc will not help. */
  | { kind: 'refused'; code: string | null };

const savedSchema = z.object({ revision: z.number().int().min(0), savedAt: z.number() });
const conflictSchema = z.object({ current: z.object({ revision: z.number().int().min(0), doc: boardDocSchema, updatedAt: z.number() }) });
const errorSchema = z.object({ error: z.object({ code: z.string().min(1) }) });

/** What an answer to `PUT /api/werk/borden/:id` means (`body` is its parsed JSON, or undefined). */
export function classifySave(status: number, body: unknown): SaveOutcome {
  if (status === 200) {
    const saved = savedSchema.safeParse(body);
    return saved.success ? { kind: 'saved', ...saved.data } : { kind: 'retry' };
  }
  if (status === 409) {
    const conflict = conflictSchema.safeParse(body);
    return conflict.success ? { kind: 'conflict', current: conflict.data.current satisfies BoardConflict['current'] } : { kind: 'retry' };
  }
  if (status >= 500 || status === 408 || status === 429) return { kind: 'retry' };
  const error = errorSchema.safeParse(body);
  return { kind: 'refused', code: error.success ? error.data.error.code : null };
}

const boardSchema = z.object({ board: z.object({ revision: z.number().int().min(0), doc: boardDocSchema, updatedAt: z.number() }) });

/** The board in an answer to `GET /api/werk/borden/:id`, or null. */
export function parseBoardPayload(body: unknown): ServerBoard | null {
  const parsed = boardSchema.safeParse(body);
  return parsed.success ? parsed.data.board : null;
}
