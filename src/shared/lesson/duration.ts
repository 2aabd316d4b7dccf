/**
 * Parses a clock duration such as "4:00" or "1:05:00" into seconds.
 * Returns null for anything else (negative parts, seconds over 59, garbage).
 */
export function parseClock(text: string): number | null {
  const match = /^(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)$/.exec(text.trim());
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  const total = Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
  if (hours !== undefined && Number(minutes) > 59) return null;
  return total;
}

/** Formats seconds as m:ss (or h:mm:ss from an hour on). */
export function formatClock(totalSeconds: number): string {
  const safe = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(safe / 3600);
  const minutes = Math.floor((safe % 3600) / 60);
  const seconds = safe % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${minutes}:${ss}`;
}

/** Shortest and longest timer a lesson may declare, in seconds. */
export const TIMER_LIMITS = { min: 5, max: 90 * 60 } as const;
