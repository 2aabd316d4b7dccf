import { describe, expect, it } from 'vitest';
import { normaliseWorkCode, studentWorkCode, WORK_CODE_ALPHABET } from './work-code.ts';

describe('studentWorkCode', () => {
  it('makes codes like KQ7M-3PXT from letters without look-alikes', () => {
    const codes = Array.from({ length: 200 }, () => studentWorkCode());
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(code).not.toMatch(/[01258OILZSB]/);
      expect(normaliseWorkCode(code)).toBe(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('skips bytes that would make some letters likelier', () => {
    const limit = 256 - (256 % WORK_CODE_ALPHABET.length);
    let call = 0;
    const code = studentWorkCode((bytes) => {
      call++;
      // First round: only rejected bytes, then each letter index in turn.
      return bytes.map((_, index) => (call === 1 ? limit + (index % (256 - limit)) : index));
    });
    expect(code).toBe(`${WORK_CODE_ALPHABET.slice(0, 4)}-${WORK_CODE_ALPHABET.slice(4, 8)}`);
  });
});

describe('normaliseWorkCode', () => {
  it('accepts what students type and refuses what cannot be a code', () => {
    expect(normaliseWorkCode(' kq7m 3pxt ')).toBe('KQ7M-3PXT');
    expect(normaliseWorkCode('KQ7M3PXT')).toBe('KQ7M-3PXT');
    expect(normaliseWorkCode('KQ7M-3PX')).toBeNull();
    expect(normaliseWorkCode('KQ0M-3PXT')).toBeNull();
    expect(normaliseWorkCode('')).toBeNull();
  });
});
