import type { SessionState } from '../../src/shared/session/state.ts';
import type { AppServices } from '../services.ts';
import type { LiveSession } from '../storage/index.ts';
import { checkJoinCode, joinableSession } from './join-check.ts';

export type JoinPageLookup = { ok: true; live: LiveSession<SessionState> } | { ok: false; code: 'unknown_code' | 'too_many_attempts' };

/**
 * `GET /join/<code>`: the running session of a typed code, under the same limit and gate as the
 * live socket, so the page is no faster way to test codes than joining. A wrong code costs an
 * attempt; an address out of attempts gets `too_many_attempts` for every session it does not know.
 */
export async function lookUpJoinCode(
  services: Pick<AppServices, 'store' | 'clock' | 'lessons' | 'limits' | 'joinGate'>,
  typed: string,
  address: string,
): Promise<JoinPageLookup> {
  const { store, clock, lessons, limits, joinGate } = services;
  const live = await joinableSession({ store, clock, hasLesson: (slug) => lessons.live.has(slug) }, typed);
  const check = await checkJoinCode({ limiter: limits.liveJoin, gate: joinGate }, address, live?.id ?? null);
  return check === 'ok' && live ? { ok: true, live } : { ok: false, code: check === 'ok' ? 'unknown_code' : check };
}
