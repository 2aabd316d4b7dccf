/**
 * A countdown kept as timestamps, so every screen (and later the server) can work out what
 * remains from its own clock without ticks over the wire.
 */
export interface TimerState {
  durationMs: number;
  /** When the countdown (last) started, shifted forward by pauses; null when never started. */
  startedAt: number | null;
  /** When it was paused; null while running or never started. */
  pausedAt: number | null;
}

export const createTimer = (durationMs: number): TimerState => ({ durationMs, startedAt: null, pausedAt: null });

export const elapsedMs = (timer: TimerState, now: number): number =>
  timer.startedAt === null ? 0 : Math.max(0, (timer.pausedAt ?? now) - timer.startedAt);

export const remainingMs = (timer: TimerState, now: number): number => Math.max(0, timer.durationMs - elapsedMs(timer, now));

export type TimerPhase = 'idle' | 'running' | 'paused' | 'done';

export function timerPhase(timer: TimerState, now: number): TimerPhase {
  if (timer.startedAt === null) return 'idle';
  if (remainingMs(timer, now) === 0) return 'done';
  return timer.pausedAt === null ? 'running' : 'paused';
}

/** Starts an idle timer or resumes a paused one; a running or finished timer is left as it is. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return { ...timer, startedAt: now, pausedAt: null };
  if (timer.pausedAt !== null) return { ...timer, startedAt: timer.startedAt + (now - timer.pausedAt), pausedAt: null };
  return timer;
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timerPhase(timer, now) === 'running' ? { ...timer, pausedAt: now } : timer;
}

export const resetTimer = (_timer: TimerState, durationMs: number): TimerState => createTimer(durationMs);

/** Adds a minute; a finished timer runs again for that minute. */
export function addMinute(timer: TimerState, now: number): TimerState {
  if (timerPhase(timer, now) === 'done') return { durationMs: 60_000, startedAt: now, pausedAt: null };
  return { ...timer, durationMs: timer.durationMs + 60_000 };
}
