import type { Language } from '../i18n/index.ts';
import { SCHOOL_TIME_ZONE, wallClock } from '../shared/school-time.ts';

export { SCHOOL_TIME_ZONE };

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** How far the school's clock is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number): number {
  const clock = wallClock(instant);
  const floored = Math.floor(instant / 1000) * 1000;
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) - floored;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * The instant at which the school's clock shows `date` (YYYY-MM-DD) and `time` (HH:MM), or null
 * when either is not a real date or time. A time skipped when the clocks go forward counts as the
 * hour after it.
 */
export function schoolTimeToInstant(date: string, time: string): number | null {
  const d = DATE_PATTERN.exec(date.trim());
  const t = TIME_PATTERN.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const first = asUtc - offsetAt(asUtc);
  const settled = offsetAt(first);
  return settled === asUtc - first ? first : asUtc - settled;
}

/** The values of a date input and a time input that show `instant` on the school's clock. */
export function schoolDateAndTime(instant: number): { date: string; time: string } {
  const clock = wallClock(instant);
  return { date: `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`, time: `${pad(clock.hour)}:${pad(clock.minute)}` };
}

/** The default deadline: a week after `now`, at 23:59 on the school's clock. */
export function defaultDeadline(now: number): number {
  const { date } = schoolDateAndTime(now + 7 * DAY_MS);
  return schoolTimeToInstant(date, '23:59') ?? now + 7 * DAY_MS;
}

export type DeadlineInput = { ok: true; deadline: number } | { ok: false; error: 'invalid' | 'past' };

/** A deadline typed by the teacher: a real date and time that is still to come. */
export function parseDeadline(date: string, time: string, now: number): DeadlineInput {
  const deadline = schoolTimeToInstant(date, time);
  if (deadline === null) return { ok: false, error: 'invalid' };
  if (deadline <= now) return { ok: false, error: 'past' };
  return { ok: true, deadline };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as people at the school read it, e.g. "di 14 jan 2025, 23:59" (always the school's clock). */
export function formatSchoolTime(instant: number, lang: Language): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      timeZone: SCHOOL_TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(lang, format);
  }
  return format.format(instant);
}
