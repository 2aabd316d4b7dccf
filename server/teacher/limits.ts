import { RateLimiter } from '../live/rate-limit.ts';

/** Login attempts per address: 10 at once, then one every 6 seconds. */
export const loginLimiter = new RateLimiter(10, 1 / 6, Date.now);
