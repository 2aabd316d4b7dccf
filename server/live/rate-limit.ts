/**
 * Token buckets by key: `capacity` events at once, refilled at `perSecond`. Keys idle long enough to
 * be full again are dropped, so memory stays bounded by the active keys.
 *
 * Used directly for the commands of one socket: a socket lives on one node for its whole life, so
 * that count needs no sharing even when several nodes run.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly capacity: number;
  private readonly perSecond: number;
  private readonly clock: () => number;

  constructor(capacity: number, perSecond: number, clock: () => number) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.clock = clock;
  }

  /** Whether `key` has a token left, without taking it. */
  allows(key: string): boolean {
    const bucket = this.buckets.get(key);
    if (!bucket) return true;
    return Math.min(this.capacity, bucket.tokens + ((this.clock() - bucket.at) / 1000) * this.perSecond) >= 1;
  }

  /** Takes one token for `key`; false when the bucket is empty. */
  take(key: string): boolean {
    const now = this.clock();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    const tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return false;
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    if (this.buckets.size > 10_000) this.prune(now);
    return true;
  }

  private prune(now: number): void {
    const fullAfterMs = (this.capacity / this.perSecond) * 1000;
    for (const [key, bucket] of this.buckets) if (now - bucket.at > fullAfterMs) this.buckets.delete(key);
  }
}

/**
 * Counts attempts per key (an address) that every node must count together when there are several:
 * wrong join codes and wrong logins. Asynchronous, so a shared store (Redis) can back it; the
 * in-process `RateLimiter` backs it when the app runs as one node.
 */
export interface AttemptLimiter {
  /** Whether `key` has an attempt left, without using it. */
  allows(key: string): Promise<boolean>;
  /** Uses one attempt of `key`; false when none was left. */
  take(key: string): Promise<boolean>;
}

/** An attempt limiter in this process only: right for one node, wrong for several (each would count alone). */
export function localAttemptLimiter(capacity: number, perSecond: number, clock: () => number): AttemptLimiter {
  const buckets = new RateLimiter(capacity, perSecond, clock);
  return {
    allows: async (key) => buckets.allows(key),
    take: async (key) => buckets.take(key),
  };
}
