import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import type { RedisClient } from './connection.ts';

/**
 * The Redis the tests use: TEST_REDIS_URL, else a local one. Tests against Redis run when it
 * answers; with TEST_REDIS_URL set they must (no silent skip where Redis was promised).
 */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

async function answers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 1000 } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.close();
  }
}

/** Whether to run the Redis tests here; says why not when they are skipped. */
export async function redisForTests(): Promise<boolean> {
  if (process.env.TEST_REDIS_URL) return true;
  const reachable = await answers(TEST_REDIS_URL);
  if (!reachable) console.warn(`Redis tests skipped: no Redis at ${TEST_REDIS_URL} (set TEST_REDIS_URL to run them).`);
  return reachable;
}

/** A key prefix no other test run uses, so runs in parallel on one Redis never meet. */
export const uniquePrefix = (): string => `lp-test-${randomUUID()}`;

export async function openTestRedis(): Promise<RedisClient> {
  const client: RedisClient = createClient({ url: TEST_REDIS_URL });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Deletes every key under `prefix` (streams, sessions, buckets). */
export async function dropKeys(client: RedisClient, prefix: string): Promise<void> {
  const keys: string[] = [];
  for await (const batch of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 100 })) keys.push(...batch);
  if (keys.length > 0) await client.del(keys);
}
