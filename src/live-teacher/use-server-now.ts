import { useCallback, useSyncExternalStore } from 'react';
import { serverNow } from '../live/clock.ts';

const STEP_MS = 250;

/**
 * Now on the server's clock, read on every render, and redrawn every quarter second until server
 * time `until` (when the last running timer ends; null: nothing runs). Time comes from timestamps
 * and the measured clock offset: the server sends no ticks.
 */
export function useServerNow(until: number | null): number {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (until === null) return () => undefined;
      let timeout: ReturnType<typeof setTimeout> | undefined;
      const tick = () => {
        changed();
        if (serverNow() < until + STEP_MS) timeout = setTimeout(tick, STEP_MS);
      };
      timeout = setTimeout(tick, STEP_MS);
      return () => clearTimeout(timeout);
    },
    [until],
  );
  // Rounded to the step, so that two reads in one render agree.
  return useSyncExternalStore(
    subscribe,
    () => Math.floor(serverNow() / STEP_MS) * STEP_MS,
    () => 0,
  );
}
