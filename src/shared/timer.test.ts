import { describe, expect, it } from 'vitest';
import {
  addMinute,
  createTimer,
  elapsedMs,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
  timerPhase,
  type TimerState,
} from './timer.ts';

const FOUR_MINUTES = 240_000;

/** Phase and remaining milliseconds at `now`. */
const at = (timer: TimerState, now: number) => ({ phase: timerPhase(timer, now), remaining: remainingMs(timer, now) });

describe('timer', () => {
  it('starts idle with the full duration', () => {
    const timer = createTimer(FOUR_MINUTES);
    expect(timer).toEqual({ durationMs: FOUR_MINUTES, startedAt: null, pausedAt: null });
    expect(at(timer, 0)).toEqual({ phase: 'idle', remaining: FOUR_MINUTES });
    expect(at(timer, 1_000_000)).toEqual({ phase: 'idle', remaining: FOUR_MINUTES });
    expect(elapsedMs(timer, 1_000_000)).toBe(0);
  });

  it('counts down from start', () => {
    const running = startTimer(createTimer(FOUR_MINUTES), 1_000);
    expect(running).toEqual({ durationMs: FOUR_MINUTES, startedAt: 1_000, pausedAt: null });
    expect(at(running, 1_000)).toEqual({ phase: 'running', remaining: 240_000 });
    expect(at(running, 61_000)).toEqual({ phase: 'running', remaining: 180_000 });
    expect(elapsedMs(running, 61_000)).toBe(60_000);
    expect(at(running, 240_999)).toEqual({ phase: 'running', remaining: 1 });
    expect(at(running, 241_000)).toEqual({ phase: 'done', remaining: 0 });
    expect(at(running, 999_000)).toEqual({ phase: 'done', remaining: 0 });
  });

  it('never counts a clock that is behind the start', () => {
    const running = startTimer(createTimer(FOUR_MINUTES), 10_000);
    expect(elapsedMs(running, 5_000)).toBe(0);
    expect(remainingMs(running, 5_000)).toBe(FOUR_MINUTES);
  });

  it('pauses and resumes without losing time', () => {
    const running = startTimer(createTimer(FOUR_MINUTES), 1_000);
    const paused = pauseTimer(running, 61_000);
    expect(paused).toEqual({ durationMs: FOUR_MINUTES, startedAt: 1_000, pausedAt: 61_000 });
    expect(at(paused, 61_000)).toEqual({ phase: 'paused', remaining: 180_000 });
    expect(at(paused, 500_000)).toEqual({ phase: 'paused', remaining: 180_000 });

    const resumed = startTimer(paused, 100_000);
    expect(resumed).toEqual({ durationMs: FOUR_MINUTES, startedAt: 40_000, pausedAt: null });
    expect(at(resumed, 100_000)).toEqual({ phase: 'running', remaining: 180_000 });
    expect(at(resumed, 160_000)).toEqual({ phase: 'running', remaining: 120_000 });
    expect(at(resumed, 280_000)).toEqual({ phase: 'done', remaining: 0 });
  });

  it('pauses twice and resumes twice', () => {
    let timer = startTimer(createTimer(60_000), 0);
    timer = pauseTimer(timer, 10_000);
    timer = startTimer(timer, 20_000);
    timer = pauseTimer(timer, 30_000);
    timer = startTimer(timer, 50_000);
    // Ran 10 s + 10 s; 40 s left at 50 s.
    expect(at(timer, 50_000)).toEqual({ phase: 'running', remaining: 40_000 });
    expect(at(timer, 90_000)).toEqual({ phase: 'done', remaining: 0 });
  });

  it('leaves a running, idle or finished timer alone where an action makes no sense', () => {
    const idle = createTimer(FOUR_MINUTES);
    expect(pauseTimer(idle, 5_000)).toBe(idle);
    const running = startTimer(idle, 0);
    expect(startTimer(running, 30_000)).toBe(running);
    const paused = pauseTimer(running, 30_000);
    expect(pauseTimer(paused, 40_000)).toBe(paused);
    expect(pauseTimer(running, 300_000)).toBe(running); // already done at 300 s
    expect(startTimer(running, 300_000)).toBe(running);
  });

  it('adds a minute to an idle, running or paused timer', () => {
    const idle = addMinute(createTimer(FOUR_MINUTES), 0);
    expect(idle).toEqual({ durationMs: 300_000, startedAt: null, pausedAt: null });
    expect(timerPhase(idle, 0)).toBe('idle');

    const running = addMinute(startTimer(createTimer(FOUR_MINUTES), 0), 200_000);
    expect(running.durationMs).toBe(300_000);
    expect(at(running, 200_000)).toEqual({ phase: 'running', remaining: 100_000 });

    const paused = addMinute(pauseTimer(startTimer(createTimer(FOUR_MINUTES), 0), 100_000), 150_000);
    expect(at(paused, 150_000)).toEqual({ phase: 'paused', remaining: 200_000 });
  });

  it('runs a finished timer again for one minute', () => {
    const done = startTimer(createTimer(FOUR_MINUTES), 0);
    expect(timerPhase(done, 300_000)).toBe('done');
    const again = addMinute(done, 300_000);
    expect(again).toEqual({ durationMs: 60_000, startedAt: 300_000, pausedAt: null });
    expect(at(again, 330_000)).toEqual({ phase: 'running', remaining: 30_000 });
    expect(at(again, 360_000)).toEqual({ phase: 'done', remaining: 0 });
  });

  it('resets to a fresh idle timer with the given duration', () => {
    const used = pauseTimer(startTimer(createTimer(FOUR_MINUTES), 0), 10_000);
    expect(resetTimer(used, 180_000)).toEqual({ durationMs: 180_000, startedAt: null, pausedAt: null });
    expect(at(resetTimer(used, 180_000), 999_999)).toEqual({ phase: 'idle', remaining: 180_000 });
  });

  it('does not change the timer it is given', () => {
    const idle = createTimer(FOUR_MINUTES);
    const snapshot = structuredClone(idle);
    const running = startTimer(idle, 5);
    pauseTimer(running, 10);
    addMinute(running, 10);
    expect(idle).toEqual(snapshot);
    expect(running).toEqual({ durationMs: FOUR_MINUTES, startedAt: 5, pausedAt: null });
  });
});
