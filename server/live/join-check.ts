import type { SessionState } from '../../src/shared/session/state.ts';
import { normaliseJoinCode } from '../../src/shared/session/join-code.ts';
import type { LiveSession, Store } from '../storage/index.ts';
import type { JoinGate } from './join-gate.ts';
import type { AttemptLimiter } from './rate-limit.ts';

/** A lesson is joinable for a school day: a code on an old photo of the board leads nowhere. */
export const SESSION_JOINABLE_MS = 12 * 60 * 60 * 1000;

/** What a join code needs to be checked: the store, the clock and which lessons can run live. */
export interface JoinLookup {
  store: Store<SessionState>;
  clock: () => number;
  hasLesson: (slug: string) => boolean;
}

/** The running, joinable session a typed code names, or null (wrong, ended, too old, lesson gone). */
export async function joinableSession({ store, clock, hasLesson }: JoinLookup, typed: string): Promise<LiveSession<SessionState> | null> {
  const code = normaliseJoinCode(typed);
  const live = code ? await store.findOpenLiveSessionByCode(code) : null;
  if (!live || live.state.ended || clock() - live.createdAt > SESSION_JOINABLE_MS || !hasLesson(live.lessonSlug)) return null;
  return live;
}

/** The per-address limit on wrong codes and the record of which sessions each address knows. */
export interface JoinGuard {
  limiter: AttemptLimiter;
  gate: JoinGate;
}

export type JoinCheck = 'ok' | 'unknown_code' | 'too_many_attempts';

/**
 * Whether `address` may go on with a code that names `sessionId` (null: a wrong code). Only wrong
 * codes cost attempts. An address out of attempts still reaches the sessions it knows (its class
 * joined from there, or their board is open there), and gets `too_many_attempts` for every other
 * code, right or wrong, along the same steps: being limited tells a guesser nothing about a code.
 */
export async function checkJoinCode({ limiter, gate }: JoinGuard, address: string, sessionId: string | null): Promise<JoinCheck> {
  const limited = !(await limiter.allows(address));
  // Looked up for wrong codes too, so a right code of an unknown session takes the same steps.
  const known = await gate.knows(address, sessionId ?? '');
  if (limited && !(sessionId && known)) {
    // Takes nothing from an empty bucket: it keeps both answers on one path.
    await limiter.take(address);
    return 'too_many_attempts';
  }
  if (!sessionId) {
    await limiter.take(address);
    return 'unknown_code';
  }
  if (!known) await gate.remember(address, sessionId);
  return 'ok';
}
