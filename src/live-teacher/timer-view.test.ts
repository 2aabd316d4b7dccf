import { describe, expect, it } from 'vitest';
import { createTimer } from '../shared/timer.ts';
import { runningUntil, timerView } from './timer-view.ts';

describe('timerView', () => {
  it.each([
    ['idle', createTimer(240_000), 5_000, { phase: 'idle', clock: '4:00', toggle: 'timer:start', toggleUseful: true }],
    [
      'running',
      { durationMs: 240_000, startedAt: 1_000, pausedAt: null },
      31_000,
      { phase: 'running', clock: '3:30', toggle: 'timer:pause', toggleUseful: true },
    ],
    ['rounds up while running', { durationMs: 60_000, startedAt: 0, pausedAt: null }, 59_001, { phase: 'running', clock: '0:01' }],
    [
      'paused',
      { durationMs: 240_000, startedAt: 1_000, pausedAt: 61_000 },
      500_000,
      { phase: 'paused', clock: '3:00', toggle: 'timer:start', toggleUseful: true },
    ],
    [
      'done',
      { durationMs: 60_000, startedAt: 0, pausedAt: null },
      60_000,
      { phase: 'done', clock: '0:00', toggle: 'timer:start', toggleUseful: false },
    ],
  ] as const)('%s', (_name, timer, now, expected) => {
    expect(timerView(timer, now)).toMatchObject(expected);
  });
});

describe('runningUntil', () => {
  it('is the end of the last running timer', () => {
    expect(
      runningUntil([
        { durationMs: 60_000, startedAt: 1_000, pausedAt: null },
        { durationMs: 120_000, startedAt: 2_000, pausedAt: null },
        { durationMs: 900_000, startedAt: 0, pausedAt: 10_000 },
      ]),
    ).toBe(122_000);
  });

  it('is null when nothing runs', () => {
    expect(runningUntil([])).toBeNull();
    expect(runningUntil([createTimer(1_000), { durationMs: 5_000, startedAt: 0, pausedAt: 100 }])).toBeNull();
  });
});
