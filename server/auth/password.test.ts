import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';
import { hashToken, newToken } from './tokens.ts';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('zelfde wachtwoord')).not.toBe(await hashPassword('zelfde wachtwoord'));
  });

  it.each(['', 'plain', 'scrypt$x$8$1$c2FsdA==$aGFzaA==', 'bcrypt$1$2$3$4$5', 'scrypt$32768$8$1$$'])('refuses a malformed stored hash %j', async (stored) => {
    expect(await verifyPassword('wat dan ook', stored)).toBe(false);
  });
});

describe('tokens', () => {
  it('are long, random and stored only as a hash', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toBe(hashToken(newToken()));
  });
});
