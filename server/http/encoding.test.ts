import { describe, expect, it } from 'vitest';
import { chooseCoding } from './encoding.ts';

describe('chooseCoding', () => {
  it.each([
    [undefined, ['br', 'gzip'], null],
    ['', ['br', 'gzip'], null],
    ['gzip, deflate, br, zstd', ['br', 'gzip'], 'br'],
    ['gzip', ['br', 'gzip'], 'gzip'],
    ['GZIP', ['br', 'gzip'], 'gzip'],
    ['br', ['gzip'], null],
    ['br;q=0, gzip', ['br', 'gzip'], 'gzip'],
    ['br;q=0.4, gzip;q=0.8', ['br', 'gzip'], 'gzip'],
    ['br; q=1.0, gzip; q=1.0', ['br', 'gzip'], 'br'],
    ['*', ['br', 'gzip'], 'br'],
    ['*;q=0', ['br', 'gzip'], null],
    ['*, br;q=0', ['br', 'gzip'], 'gzip'],
    ['identity', ['br', 'gzip'], null],
    ['br;q=abc', ['br', 'gzip'], null],
  ] as const)('%s of %j is %s', (header, available, expected) => {
    expect(chooseCoding(header, available)).toBe(expected);
  });
});
