/** Rows or values per statement: far below the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535). */
export const CHUNK_SIZE = 200;

/** `items` in runs of at most `size`, for statements that take a list. */
export const inChunks = <T>(items: readonly T[], size = CHUNK_SIZE): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
