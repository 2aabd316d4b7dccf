import type { SessionState } from '../../src/shared/session/state.ts';
import type { LiveSession, Store } from '../storage/index.ts';

const MAX_ENTRIES = 5_000;

/**
 * The sessions this node reads on every answer, kept in memory. This node's own saves write through;
 * another node's saves drop the entry here (`forget`, sent between nodes), and an entry older than
 * `maxAgeMs` is read again anyway, so a lost message between nodes costs at most that long.
 * Changes to a session (teacher commands) always read the store itself.
 */
export function createSessionCache(store: Pick<Store<SessionState>, 'findLiveSessionById'>, clock: () => number, maxAgeMs: number) {
  const entries = new Map<string, { live: LiveSession<SessionState>; at: number }>();
  const keep = (live: LiveSession<SessionState>) => {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(live.id, { live, at: clock() });
  };
  return {
    async get(id: string): Promise<LiveSession<SessionState> | null> {
      const entry = entries.get(id);
      if (entry && clock() - entry.at < maxAgeMs) return entry.live;
      const live = await store.findLiveSessionById(id);
      if (live) keep(live);
      else entries.delete(id);
      return live;
    },
    /** After this node stored a newer state of the session. */
    put(live: LiveSession<SessionState>): void {
      const entry = entries.get(live.id);
      if (!entry || entry.live.revision < live.revision) keep(live);
    },
    forget(id: string): void {
      entries.delete(id);
    },
  };
}
export type SessionCache = ReturnType<typeof createSessionCache>;
