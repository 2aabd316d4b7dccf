import { JOIN_CODE_ALPHABET } from '../../src/shared/session/join-code.ts';

/** Letters of a work code: the join-code alphabet, which leaves out look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export const WORK_CODE_ALPHABET = JOIN_CODE_ALPHABET;
const HALF = 4;

/**
 * A new personal work code like "KQ7M-3PXT": 8 letters (25^8 ≈ 1.5 × 10^11 codes), crypto-random.
 * `random` gives uniform bytes.
 */
export function studentWorkCode(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  let letters = '';
  // Rejection sampling keeps every letter equally likely.
  const limit = 256 - (256 % WORK_CODE_ALPHABET.length);
  while (letters.length < HALF * 2) {
    for (const byte of random(new Uint8Array(HALF * 4))) {
      if (byte < limit && letters.length < HALF * 2) letters += WORK_CODE_ALPHABET[byte % WORK_CODE_ALPHABET.length];
    }
  }
  return `${letters.slice(0, HALF)}-${letters.slice(HALF)}`;
}

/** What a student typed, in the stored form ("kq7m 3pxt" -> "KQ7M-3PXT"); null when it cannot be a work code. */
export function normaliseWorkCode(input: string): string | null {
  const letters = input.toUpperCase().replace(/[\s-]/g, '');
  if (letters.length !== HALF * 2 || ![...letters].every((char) => WORK_CODE_ALPHABET.includes(char))) return null;
  return `${letters.slice(0, HALF)}-${letters.slice(HALF)}`;
}
