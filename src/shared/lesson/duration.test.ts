import { describe, expect, it } from 'vitest';
import { formatClock, parseClock, TIMER_LIMITS } from './duration.ts';

describe('parseClock', () => {
  it.each([
    ['4:00', 240],
    ['0:05', 5],
    ['0:00', 0],
    ['3:00', 180],
    ['12:34', 754],
    ['90:00', 5400],
    ['120:00', 7200],
    ['999:59', 59999],
    ['1:05:00', 3900],
    ['01:00:01', 3601],
    [' 4:00 ', 240],
  ])('%j -> %i seconds', (text, seconds) => {
    expect(parseClock(text)).toBe(seconds);
  });

  it.each(['4:70', '4:60', 'abc', '', '4', '4:0', '4:000', '-1:00', '1:60:00', '1:2:00:00', '4.00', '4:00s', '1000:00', 'four:00'])(
    '%j is not a clock',
    (text) => {
      expect(parseClock(text)).toBeNull();
    },
  );
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [59, '0:59'],
    [60, '1:00'],
    [240, '4:00'],
    [754, '12:34'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3661, '1:01:01'],
    [36000, '10:00:00'],
    [59.4, '0:59'],
    [59.6, '1:00'],
    [-5, '0:00'],
  ])('%d -> %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it.each([0, 5, 61, 240, 3599, 3600, 5400, 7322])('round-trips %i seconds', (seconds) => {
    expect(parseClock(formatClock(seconds))).toBe(seconds);
  });
});

describe('TIMER_LIMITS', () => {
  it('runs from 0:05 to 90:00', () => {
    expect(TIMER_LIMITS).toEqual({ min: 5, max: 5400 });
  });
});
