// Apart from widget.ts, so that phones can use them without loading zod.

/** Ideas per student when the lesson leaves maxEntries out, and the length of one idea. */
export const MIND_MAP_LIMITS = { entries: 5, entryLength: 80 } as const;
