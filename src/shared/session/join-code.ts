/** Join-code letters without look-alikes: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

/** A random join code (25^6 ≈ 244 million codes). `random` gives uniform bytes; crypto by default. */
export function newJoinCode(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  let code = '';
  // Rejection sampling keeps every letter equally likely.
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of random(new Uint8Array(JOIN_CODE_LENGTH * 2))) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return code;
}

/** What a student typed, made comparable ("ac d-e f" -> "ACDEF"); null when it cannot be a code. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((char) => JOIN_CODE_ALPHABET.includes(char)) ? code : null;
}
