import { localAttemptLimiter, type AttemptLimiter } from './live/rate-limit.ts';
import type { RedisLink } from './redis/connection.ts';
import { redisAttemptLimiter } from './redis/rate-limit.ts';

/** The per-address limits on guessing: join codes, students' work codes and teachers' passwords. */
export interface AttemptLimits {
  /** Wrong join codes of a live lesson. */
  liveJoin: AttemptLimiter;
  /** Wrong work codes or resume tokens at `/api/werk/inloggen`. */
  studentLogin: AttemptLimiter;
  /** Teacher login attempts at `/docent/inloggen`. */
  teacherLogin: AttemptLimiter;
}

/**
 * Burst and refill per address. A whole class behind one school address joins with the right code
 * (only wrong codes count), while guessing the 6-letter code stays far too slow to pay off.
 */
export const ATTEMPT_RATES = {
  liveJoin: { capacity: 40, perSecond: 1 },
  studentLogin: { capacity: 10, perSecond: 1 / 6 },
  teacherLogin: { capacity: 10, perSecond: 1 / 6 },
} as const satisfies Record<keyof AttemptLimits, { capacity: number; perSecond: number }>;

/**
 * The attempt limits of this node: shared through Redis when the nodes share one (a guesser whom the
 * proxy spreads over three nodes gets no more tries than on one), else counted in this process.
 */
export function attemptLimits(redis: RedisLink | null, clock: () => number): AttemptLimits {
  const make = (name: keyof AttemptLimits): AttemptLimiter => {
    const { capacity, perSecond } = ATTEMPT_RATES[name];
    return redis
      ? redisAttemptLimiter(redis.client, redis.prefix, { name, capacity, perSecond, clock })
      : localAttemptLimiter(capacity, perSecond, clock);
  };
  return { liveJoin: make('liveJoin'), studentLogin: make('studentLogin'), teacherLogin: make('teacherLogin') };
}
