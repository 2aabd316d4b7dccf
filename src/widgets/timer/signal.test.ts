import { describe, expect, it } from 'vitest';
import { vibrateEndSignal } from './signal.ts';

describe('vibrateEndSignal', () => {
  it('asks a phone that can vibrate for three buzzes', () => {
    const patterns: number[][] = [];
    expect(vibrateEndSignal({ vibrate: (pattern) => (patterns.push(pattern), true) })).toBe(true);
    expect(patterns).toEqual([[300, 150, 300, 150, 300]]);
  });

  it('does nothing where vibration is missing, refused or throws', () => {
    expect(vibrateEndSignal(undefined)).toBe(false);
    expect(vibrateEndSignal({})).toBe(false);
    expect(vibrateEndSignal({ vibrate: () => false })).toBe(false);
    expect(
      vibrateEndSignal({
        vibrate: () => {
          throw new Error('blocked');
        },
      }),
    ).toBe(false);
  });
});
