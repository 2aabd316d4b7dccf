import { createHmac, randomBytes } from 'node:crypto';

/**
 * Which sessions an address already knows: a student joined it from there, the address opened its
 * code while it was not limited, or the session's board connected from there. An address that
 * guessed too many wrong codes may still bring a right code of such a session (its classmates
 * behind the school's one address join), but for every other session it gets the refusal a wrong
 * code gets, so the limit never turns into a way to test codes.
 */
export interface JoinGate {
  knows(address: string, sessionId: string): Promise<boolean>;
  remember(address: string, sessionId: string): Promise<void>;
}

/** How long an address stays known to a session: the time a session can be joined. */
export const JOIN_GATE_TTL_MS = 12 * 60 * 60 * 1000;

/** Most pairs one process keeps; the oldest go first, so a flood of addresses cannot fill memory. */
export const LOCAL_JOIN_GATE_ENTRIES = 100_000;

/** The address as the gate keeps it: a keyed hash, so the record does not list who was where. */
export function addressDigest(key: Buffer | string, address: string): string {
  return createHmac('sha256', key).update(address).digest('base64url').slice(0, 22);
}

/** A join gate in this process only (one node). */
export function localJoinGate(clock: () => number, maxEntries = LOCAL_JOIN_GATE_ENTRIES): JoinGate {
  const key = randomBytes(32);
  const expiries = new Map<string, number>();
  const entry = (address: string, sessionId: string) => `${addressDigest(key, address)}:${sessionId}`;
  return {
    async knows(address, sessionId) {
      const name = entry(address, sessionId);
      const expires = expiries.get(name);
      if (expires === undefined) return false;
      if (expires > clock()) return true;
      expiries.delete(name);
      return false;
    },
    async remember(address, sessionId) {
      const name = entry(address, sessionId);
      // Deleted first so the Map's order stays the order of last use: the oldest entry is first.
      expiries.delete(name);
      expiries.set(name, clock() + JOIN_GATE_TTL_MS);
      if (expiries.size > maxEntries) {
        const oldest = expiries.keys().next().value;
        if (oldest !== undefined) expiries.delete(oldest);
      }
    },
  };
}
