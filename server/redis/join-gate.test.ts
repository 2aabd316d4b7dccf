import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_GATE_TTL_MS } from '../live/join-gate.ts';
import type { RedisClient } from './connection.ts';
import { redisJoinGate } from './join-gate.ts';
import { dropKeys, openTestRedis, uniquePrefix } from './redis.test-helpers.ts';

describe('the join gate in Redis (real Redis)', () => {
  const prefix = uniquePrefix();
  let nodeA: RedisClient;
  let nodeB: RedisClient;
  beforeAll(async () => {
    [nodeA, nodeB] = await Promise.all([openTestRedis(), openTestRedis()]);
  });
  afterAll(async () => {
    await dropKeys(nodeA, prefix);
    await Promise.all([nodeA.close(), nodeB.close()]);
  });

  it('what one node learns of an address, every node knows, per session, for the joinable time, without the address itself', async () => {
    const [a, b] = await Promise.all([redisJoinGate(nodeA, prefix), redisJoinGate(nodeB, prefix)]);
    // Both nodes start at once: they agree on one key for the digests all the same.
    await Promise.all([a.remember('198.51.100.7', 's1'), b.knows('198.51.100.7', 's1')]);
    expect(await b.knows('198.51.100.7', 's1')).toBe(true);
    expect(await b.knows('198.51.100.7', 's2')).toBe(false);
    expect(await b.knows('198.51.100.8', 's1')).toBe(false);
    const keys = [];
    for await (const batch of nodeA.scanIterator({ MATCH: `${prefix}:gate:*`, COUNT: 100 })) keys.push(...batch);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('198.51.100.7');
    const ttl = await nodeA.pTTL(keys[0] ?? '');
    expect(ttl).toBeGreaterThan(JOIN_GATE_TTL_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(JOIN_GATE_TTL_MS);
  });
});
