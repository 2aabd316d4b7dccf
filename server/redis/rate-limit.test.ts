import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClient } from './connection.ts';
import { redisAttemptLimiter } from './rate-limit.ts';
import { dropKeys, openTestRedis, uniquePrefix } from './redis.test-helpers.ts';

describe('the attempt limiter in Redis (real Redis)', () => {
  const prefix = uniquePrefix();
  const clock = { now: 1_700_000_000_000 };
  let nodeA: RedisClient;
  let nodeB: RedisClient;
  beforeAll(async () => {
    [nodeA, nodeB] = await Promise.all([openTestRedis(), openTestRedis()]);
  });
  afterAll(async () => {
    await dropKeys(nodeA, prefix);
    await Promise.all([nodeA.close(), nodeB.close()]);
  });

  const limiter = (client: RedisClient, name = 'join') =>
    redisAttemptLimiter(client, prefix, { name, capacity: 3, perSecond: 2, clock: () => clock.now });

  it('gives an address its burst, then refuses until time has refilled a token', async () => {
    const join = limiter(nodeA);
    expect(await join.allows('10.0.0.1')).toBe(true);
    expect([await join.take('10.0.0.1'), await join.take('10.0.0.1'), await join.take('10.0.0.1'), await join.take('10.0.0.1')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(await join.allows('10.0.0.1')).toBe(false);
    clock.now += 499;
    expect(await join.allows('10.0.0.1')).toBe(false);
    clock.now += 1;
    expect(await join.allows('10.0.0.1')).toBe(true);
    expect(await join.take('10.0.0.1')).toBe(true);
    expect(await join.take('10.0.0.1')).toBe(false);
  });

  it('counts one address together on every node, and apart from other addresses and other limits', async () => {
    const onA = limiter(nodeA);
    const onB = limiter(nodeB);
    expect(await onA.take('10.0.0.2')).toBe(true);
    expect(await onB.take('10.0.0.2')).toBe(true);
    expect(await onA.take('10.0.0.2')).toBe(true);
    expect(await onB.take('10.0.0.2')).toBe(false);
    expect(await onB.allows('10.0.0.2')).toBe(false);
    expect(await onB.take('10.0.0.3')).toBe(true);
    expect(await limiter(nodeB, 'login').take('10.0.0.2')).toBe(true);
  });

  it('takes nothing by looking, and never more than the burst however long an address was idle', async () => {
    const join = limiter(nodeA);
    for (let look = 0; look < 10; look += 1) expect(await join.allows('10.0.0.4')).toBe(true);
    expect(await nodeA.exists(`${prefix}:limit:join:10.0.0.4`)).toBe(0);
    await join.take('10.0.0.4');
    clock.now += 3_600_000;
    const taken = [];
    for (let attempt = 0; attempt < 4; attempt += 1) taken.push(await join.take('10.0.0.4'));
    expect(taken).toEqual([true, true, true, false]);
  });

  it('lets a bucket expire once it would be full again, so idle addresses cost Redis no memory', async () => {
    const join = limiter(nodeA);
    await join.take('10.0.0.5');
    await join.take('10.0.0.5');
    // Two tokens short at two a second: full after 1 s, plus a second of slack.
    const ttl = await nodeA.pTTL(`${prefix}:limit:join:10.0.0.5`);
    expect(ttl).toBeGreaterThan(1500);
    expect(ttl).toBeLessThanOrEqual(2000);
  });

  it('refills nothing for a node whose clock lags, rather than failing or handing out tokens', async () => {
    const ahead = limiter(nodeA);
    const behind = redisAttemptLimiter(nodeB, prefix, { name: 'join', capacity: 3, perSecond: 2, clock: () => clock.now - 60_000 });
    for (let attempt = 0; attempt < 3; attempt += 1) expect(await ahead.take('10.0.0.6')).toBe(true);
    expect(await behind.take('10.0.0.6')).toBe(false);
    expect(await ahead.take('10.0.0.6')).toBe(false);
  });

  it('still works when Redis has forgotten the script (a restarted Redis)', async () => {
    await nodeA.scriptFlush();
    const join = limiter(nodeA);
    expect(await join.take('10.0.0.7')).toBe(true);
    expect(await join.allows('10.0.0.7')).toBe(true);
  });
});
