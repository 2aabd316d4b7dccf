// When the moodboard saves and retries. No zod here: the page's first script (the board request and
// hand-in retries) imports these, and the schemas load with the editor.

/** A change waits this long for the next one before it is sent… */
export const SAVE_DEBOUNCE_MS = 700;
/** …but never longer than this after the first unsaved change. */
export const SAVE_MAX_WAIT_MS = 2000;
/** A save that has not been answered after this long counts as failed (and is tried again). */
export const SAVE_TIMEOUT_MS = 15_000;
/** Waits before the next try while the server cannot be reached; the last one repeats. */
export const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 20_000, 30_000] as const;

/** The wait before try number `attempt` (1 = the first retry). */
export const retryDelay = (attempt: number): number =>
  RETRY_DELAYS_MS[Math.min(Math.max(attempt, 1), RETRY_DELAYS_MS.length) - 1] ?? 30_000;

/** When the next save goes out, given the first unsaved change and the latest one. */
export const saveDueAt = (firstChangeAt: number, lastChangeAt: number): number =>
  Math.min(lastChangeAt + SAVE_DEBOUNCE_MS, firstChangeAt + SAVE_MAX_WAIT_MS);
