import { formatClock } from '../shared/lesson/duration.ts';
import { remainingMs, timerPhase, type TimerPhase, type TimerState } from '../shared/timer.ts';

export type TimerToggle = 'timer:start' | 'timer:pause';

export interface TimerView {
  phase: TimerPhase;
  /** Remaining time as m:ss, rounded up so 0:00 shows only when time is really up. */
  clock: string;
  /** What the start/pause button does now: start (or resume) unless the timer is running. */
  toggle: TimerToggle;
  /** Whether the toggle can do anything: a finished timer needs a reset or an extra minute first. */
  toggleUseful: boolean;
}

/** What a teacher's timer shows at server time `now`. */
export function timerView(timer: TimerState, now: number): TimerView {
  const phase = timerPhase(timer, now);
  return {
    phase,
    clock: formatClock(Math.ceil(remainingMs(timer, now) / 1000)),
    toggle: phase === 'running' ? 'timer:pause' : 'timer:start',
    toggleUseful: phase !== 'done',
  };
}

/**
 * Server time at which the last running timer reaches zero, or null when none runs: the panel
 * redraws until then and stops afterwards.
 */
export function runningUntil(timers: readonly TimerState[]): number | null {
  const ends = timers.flatMap((timer) => (timer.startedAt !== null && timer.pausedAt === null ? [timer.startedAt + timer.durationMs] : []));
  return ends.length > 0 ? Math.max(...ends) : null;
}
