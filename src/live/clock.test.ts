import { afterEach, describe, expect, it } from 'vitest';
import { $serverClock, addClockSample, clockOffsetMs, emptyClock, serverNow, toServerTime, type ClockEstimate } from './clock.ts';

/** Feeds `[serverTime, receivedAt]` pairs into an empty estimate. */
const fed = (pairs: [number, number][], window = { maxSamples: 4, maxAgeMs: 60_000 }): ClockEstimate =>
  pairs.reduce((estimate, [serverTime, receivedAt]) => addClockSample(estimate, serverTime, receivedAt, window), emptyClock);

afterEach(() => $serverClock.set(emptyClock));

describe('server clock offset', () => {
  it.each<[string, [number, number][], number]>([
    ['no samples: trust the local clock', [], 0],
    ['one sample: server ahead', [[10_500, 10_000]], 500],
    ['one sample: server behind', [[9_000, 10_000]], -1_000],
    [
      'the least delayed message wins',
      [
        [10_500, 10_000],
        [11_400, 11_000],
        [12_200, 12_000],
      ],
      500,
    ],
    [
      'a message replayed after a reconnect does not pull the offset down',
      [
        [10_500, 10_000],
        [10_600, 40_000],
      ],
      500,
    ],
    [
      'only the last maxSamples count',
      [
        [10_900, 10_000],
        [11_500, 11_000],
        [12_500, 12_000],
        [13_500, 13_000],
        [14_500, 14_000],
      ],
      500,
    ],
    [
      'samples older than maxAgeMs stop counting',
      [
        [10_900, 10_000],
        [80_500, 80_000],
      ],
      500,
    ],
    [
      'samples "from the future" (local clock set back) are dropped',
      [
        [60_900, 60_000],
        [10_500, 10_000],
      ],
      500,
    ],
    [
      'non-finite input is ignored',
      [
        [10_500, 10_000],
        [Number.NaN, 11_000],
        [12_000, Number.POSITIVE_INFINITY],
      ],
      500,
    ],
  ])('%s', (_name, pairs, offset) => {
    expect(clockOffsetMs(fed(pairs))).toBe(offset);
  });

  it('always keeps the newest sample, however old', () => {
    const estimate = fed([[10_500, 10_000]], { maxSamples: 4, maxAgeMs: 0 });
    expect(estimate.samples).toEqual([{ offsetMs: 500, receivedAt: 10_000 }]);
  });

  it('never keeps more than maxSamples', () => {
    const pairs = Array.from({ length: 20 }, (_, i): [number, number] => [i * 1000 + 50, i * 1000]);
    expect(fed(pairs).samples).toHaveLength(4);
  });

  it('does not change the estimate it is given', () => {
    const before = fed([[10_500, 10_000]]);
    addClockSample(before, 20_900, 20_000);
    expect(before.samples).toHaveLength(1);
  });

  it('turns local time into server time', () => {
    expect(toServerTime(fed([[10_500, 10_000]]), 20_000)).toBe(20_500);
    expect(toServerTime(emptyClock, 20_000)).toBe(20_000);
  });

  it('serverNow reads the estimate of the live connection', () => {
    $serverClock.set(fed([[12_000, 10_000]]));
    expect(serverNow(50_000)).toBe(52_000);
    expect(Math.abs(serverNow() - (Date.now() + 2_000))).toBeLessThan(1_000);
  });
});
