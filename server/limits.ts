import { localAttemptLimiter, type AttemptLimiter } from './live/rate-limit.ts';
import type { RedisLink } from './redis/connection.ts';
import { redisAttemptLimiter } from './redis/rate-limit.ts';

/**
 * The limits on guessing (join codes, students' work codes and teachers' passwords: only failures
 * count) and on making students (per address, and per address within one lesson).
 */
export interface AttemptLimits {
  /** Wrong join codes of a live lesson (`/join/<code>` and the socket alike), per address. */
  liveJoin: AttemptLimiter;
  /** Wrong work codes or resume tokens at `/api/werk/inloggen`, per address, from a device that is not known. */
  studentLogin: AttemptLimiter;
  /** Wrong teacher logins at `/docent/inloggen`, per address, from a device not known for the account. */
  teacherLogin: AttemptLimiter;
  /** Wrong passwords of one account (the email), from any address, from devices not known for it. */
  teacherAccount: AttemptLimiter;
  /** New students in live lessons, per address (several classes behind one school address). */
  newParticipants: AttemptLimiter;
  /** New students in one live lesson, per address and session (a class joining at once). */
  sessionParticipants: AttemptLimiter;
}

/**
 * Burst and refill per key. A whole class behind one school address joins with the right code
 * (only wrong codes count), while guessing the 6-letter code from one address takes years: 40 at
 * once, then one every 4 seconds (900 an hour), so with 20 lessons running an address needs on
 * average 25^6 / (20 × 900) hours, about 1.5 years, to hit one.
 */
export const ATTEMPT_RATES = {
  liveJoin: { capacity: 40, perSecond: 1 / 4 },
  studentLogin: { capacity: 10, perSecond: 1 / 6 },
  teacherLogin: { capacity: 10, perSecond: 1 / 6 },
  teacherAccount: { capacity: 10, perSecond: 1 / 60 },
  newParticipants: { capacity: 300, perSecond: 2 },
  sessionParticipants: { capacity: 60, perSecond: 1 / 2 },
} as const satisfies Record<keyof AttemptLimits, { capacity: number; perSecond: number }>;

/**
 * The attempt limits of this node: shared through Redis when the nodes share one (a guesser whom the
 * proxy spreads over three nodes gets no more tries than on one), else counted in this process.
 */
export function attemptLimits(redis: Pick<RedisLink, 'client' | 'prefix'> | null, clock: () => number): AttemptLimits {
  const make = (name: keyof AttemptLimits): AttemptLimiter => {
    const { capacity, perSecond } = ATTEMPT_RATES[name];
    return redis
      ? redisAttemptLimiter(redis.client, redis.prefix, { name, capacity, perSecond, clock })
      : localAttemptLimiter(capacity, perSecond, clock);
  };
  const names = Object.keys(ATTEMPT_RATES) as (keyof AttemptLimits)[];
  return Object.fromEntries(names.map((name) => [name, make(name)])) as Record<keyof AttemptLimits, AttemptLimiter>;
}
