import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../shared/protocol/commands.ts';
import { handshakeSchema } from '../shared/protocol/handshake.ts';
import { clearIdentity, identityKey, readIdentity, resumeAuth, saveIdentity, toHandshake, type LiveAuth } from './identity.ts';
import { memoryStorage } from './storage.ts';

const token = 'T'.repeat(43);
const sanne = { participantId: 'p1', name: 'Sanne', resumeToken: token };

describe('handshake from auth', () => {
  it.each<[string, LiveAuth, object]>([
    ['teacher', { role: 'teacher', sessionId: 's1' }, { protocolVersion: PROTOCOL_VERSION, role: 'teacher', sessionId: 's1' }],
    [
      'new student',
      { role: 'student', code: 'acd efg', name: 'Sanne' },
      { protocolVersion: PROTOCOL_VERSION, role: 'student', code: 'acd efg', name: 'Sanne' },
    ],
    [
      'returning student: the token only',
      { role: 'student', code: 'ACDEFG', resumeToken: token },
      { protocolVersion: PROTOCOL_VERSION, role: 'student', resumeToken: token },
    ],
  ])('%s', (_name, auth, handshake) => {
    expect(toHandshake(auth)).toEqual(handshake);
    expect(handshakeSchema.safeParse(toHandshake(auth)).success).toBe(true);
  });
});

describe('resume token on the device', () => {
  it('is kept per join code, however the code was typed', () => {
    const storage = memoryStorage();
    saveIdentity('acd-efg', sanne, storage);
    expect(identityKey('ACDEFG')).toBe('live:ACDEFG');
    expect(readIdentity(' ACDEFG', storage)).toEqual(sanne);
    expect(resumeAuth('acdefg', storage)).toEqual({ role: 'student', code: 'acdefg', resumeToken: token });
    expect(resumeAuth('CDEFGH', storage)).toBeNull();
  });

  it('is forgotten on request', () => {
    const storage = memoryStorage();
    saveIdentity('ACDEFG', sanne, storage);
    clearIdentity('ACDEFG', storage);
    expect(storage.snapshot()).toEqual({});
    expect(resumeAuth('ACDEFG', storage)).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['no token', JSON.stringify({ participantId: 'p1', name: 'S' })],
    ['a short token', JSON.stringify({ ...sanne, resumeToken: 'x' })],
  ])('ignores %s', (_name, raw) => {
    expect(readIdentity('ACDEFG', memoryStorage({ 'live:ACDEFG': raw }))).toBeNull();
  });
});
