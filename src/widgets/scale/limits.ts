// Apart from widget.ts, so that phones can use it without loading zod.

/** A scale's ends when the lesson leaves them out: 1 to 5. */
export const SCALE_DEFAULTS = { min: 1, max: 5 } as const;

/** The points of a scale, low to high. */
export const scalePoints = (min: number, max: number): number[] => Array.from({ length: max - min + 1 }, (_, index) => min + index);

/** The mean of counts per point (`counts[0]` for `min`), or null when nobody answered. */
export function scaleMean(min: number, counts: readonly number[]): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  return counts.reduce((sum, count, index) => sum + count * (min + index), 0) / total;
}
