/**
 * Token buckets by key: `capacity` events at once, refilled at `perSecond`. Keys idle long enough to
 * be full again are dropped, so memory stays bounded by the active keys.
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
