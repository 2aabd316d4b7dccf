import { randomBytes } from 'node:crypto';
import { addressDigest, JOIN_GATE_TTL_MS, type JoinGate } from '../live/join-gate.ts';
import type { RedisClient } from './connection.ts';

/**
 * A join gate every node shares through Redis: `<prefix>:gate:<address digest>:<session id>`,
 * expiring after the joinable time of a session, so Redis holds only the pairs of today's lessons.
 * The digest's key is made once by the first node and kept in Redis (`<prefix>:gate-key`), so all
 * nodes hash an address alike.
 */
export function redisJoinGate(client: RedisClient, prefix: string): JoinGate {
  let key: Promise<string> | null = null;
  const gateKey = (): Promise<string> => {
    key ??= (async () => {
      await client.set(`${prefix}:gate-key`, randomBytes(32).toString('base64url'), { NX: true });
      const stored = await client.get(`${prefix}:gate-key`);
      if (!stored) throw new Error('the join gate key is missing from Redis');
      return stored;
    })().catch((error: unknown) => {
      key = null;
      throw error;
    });
    return key;
  };
  const entry = async (address: string, sessionId: string) => `${prefix}:gate:${addressDigest(await gateKey(), address)}:${sessionId}`;
  return {
    knows: async (address, sessionId) => (await client.exists(await entry(address, sessionId))) === 1,
    remember: async (address, sessionId) => {
      await client.set(await entry(address, sessionId), '1', { PX: JOIN_GATE_TTL_MS });
    },
  };
}
