// Apart from widget.ts, so that phones can use it without loading zod.

/** Characters of an answer when the lesson leaves maxLength out. */
export const OPEN_QUESTION_LENGTH = 500;
