import { createHash } from 'node:crypto';
import type { AttemptLimiter } from '../live/rate-limit.ts';
import type { RedisClient } from './connection.ts';

/**
 * A token bucket in one Redis hash, changed atomically by Lua: `capacity` attempts at once, refilled
 * at `perSecond`. ARGV: capacity, tokens per millisecond, now (ms), cost (0 = only look). Returns 1
 * when an attempt was left. The key expires once the bucket would be full again, so idle addresses
 * cost no memory. Time comes from the caller's clock; a node whose clock lags refills nothing
 * rather than taking tokens back.
 */
const TOKEN_BUCKET = `
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * perMs)
if tokens < 1 then
  return 0
end
if cost == 0 then
  return 1
end
tokens = tokens - 1
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(math.max(now, at)))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMs) + 1000)
return 1
`;
const TOKEN_BUCKET_SHA = createHash('sha1').update(TOKEN_BUCKET).digest('hex');

export interface SharedLimitOptions {
  /** Names the limit inside the prefix, e.g. `join`: limits with different names never share buckets. */
  name: string;
  capacity: number;
  perSecond: number;
  clock: () => number;
}

/**
 * An `AttemptLimiter` every node shares through Redis: ten wrong codes are ten, whichever nodes the
 * proxy sent them to. Keys are `<prefix>:limit:<name>:<key>`.
 */
export function redisAttemptLimiter(client: RedisClient, prefix: string, options: SharedLimitOptions): AttemptLimiter {
  const perMs = String(options.perSecond / 1000);
  const run = async (key: string, cost: 0 | 1): Promise<boolean> => {
    const call = {
      keys: [`${prefix}:limit:${options.name}:${key}`],
      arguments: [String(options.capacity), perMs, String(options.clock()), String(cost)],
    };
    try {
      return (await client.evalSha(TOKEN_BUCKET_SHA, call)) === 1;
    } catch (error) {
      // The first call after a Redis restart: the script is not cached there yet, so send it whole.
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return (await client.eval(TOKEN_BUCKET, call)) === 1;
    }
  };
  return { allows: (key) => run(key, 0), take: (key) => run(key, 1) };
}
