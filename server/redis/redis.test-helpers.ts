import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import type { RedisClient } from './connection.ts';

/** The Redis the tests use: `TEST_REDIS_URL`, else the local one CI starts. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** A key prefix no other test run uses, so runs in parallel on one Redis never meet. */
export const uniquePrefix = (): string => `lp-test-${randomUUID()}`;

/** A client of the test Redis (or of the one at `url`); fails loudly (never skips) when there is none. */
export async function openTestRedis(url: string = TEST_REDIS_URL): Promise<RedisClient> {
  const client: RedisClient = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 5_000 } });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The Redis tests need a Redis at ${url} (${reason}). Start Redis (.ci/run does) or set TEST_REDIS_URL.`, {
      cause: error,
    });
  }
  return client;
}

/** Deletes every key under `prefix` (streams, sessions, buckets). */
export async function dropKeys(client: RedisClient, prefix: string): Promise<void> {
  const keys: string[] = [];
  for await (const batch of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 100 })) keys.push(...batch);
  if (keys.length > 0) await client.del(keys);
}
