import { PROTOCOL_VERSION } from '../shared/protocol/version.ts';
import type { Handshake } from '../shared/protocol/handshake.ts';
import { normaliseJoinCode } from '../shared/session/join-code.ts';
import { deviceKeyValueStorage, type KeyValueStorage } from './storage.ts';

/**
 * Who connects. Students always name the code of their session: it keys what this device keeps
 * (resume token, outbox), even when they come back with a token.
 */
export type LiveAuth =
  | { role: 'teacher'; sessionId: string }
  | { role: 'student'; code: string; name: string; joinToken?: string }
  | { role: 'student'; code: string; resumeToken: string };

/** What a student device keeps to rejoin as the same student. */
export interface StudentIdentity {
  participantId: string;
  name: string;
  resumeToken: string;
}

// A plain check rather than zod, which phones would otherwise load for this alone. The device wrote
// this itself; the check only drops what an older version or another app left under the key.
function isIdentity(value: unknown): value is StudentIdentity {
  if (typeof value !== 'object' || value === null) return false;
  const { participantId, name, resumeToken } = value as Record<string, unknown>;
  return (
    typeof participantId === 'string' &&
    participantId.length > 0 &&
    typeof name === 'string' &&
    typeof resumeToken === 'string' &&
    resumeToken.length >= 20 &&
    resumeToken.length <= 100
  );
}

/** The code as the server compares it, so "acd efg" and "ACDEFG" share one key. */
export const sessionKeyOf = (code: string): string => normaliseJoinCode(code) ?? code.trim().toUpperCase();

/** Storage key of the identity for a join code (or a session id). */
export const identityKey = (code: string): string => `live:${sessionKeyOf(code)}`;

export function readIdentity(code: string, storage: KeyValueStorage = deviceKeyValueStorage): StudentIdentity | null {
  try {
    const raw = storage.getItem(identityKey(code));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isIdentity(parsed) ? { participantId: parsed.participantId, name: parsed.name, resumeToken: parsed.resumeToken } : null;
  } catch {
    return null;
  }
}

export function saveIdentity(code: string, identity: StudentIdentity, storage: KeyValueStorage = deviceKeyValueStorage): void {
  storage.setItem(identityKey(code), JSON.stringify(identity));
}

export function clearIdentity(code: string, storage: KeyValueStorage = deviceKeyValueStorage): void {
  storage.removeItem(identityKey(code));
}

/** The auth to rejoin the session of `code` as the student this device was, or null when it was none. */
export function resumeAuth(
  code: string,
  storage: KeyValueStorage = deviceKeyValueStorage,
): Extract<LiveAuth, { resumeToken: string }> | null {
  const identity = readIdentity(code, storage);
  return identity ? { role: 'student', code, resumeToken: identity.resumeToken } : null;
}

/** The handshake the server expects for `auth` (the code stays home when a token says who we are). */
export function toHandshake(auth: LiveAuth): Handshake {
  if (auth.role === 'teacher') return { protocolVersion: PROTOCOL_VERSION, role: 'teacher', sessionId: auth.sessionId };
  if ('resumeToken' in auth) return { protocolVersion: PROTOCOL_VERSION, role: 'student', resumeToken: auth.resumeToken };
  return { protocolVersion: PROTOCOL_VERSION, role: 'student', code: auth.code, name: auth.name, ...(auth.joinToken ? { resumeToken: auth.joinToken } : {}) };
}

/** A resume token made on the phone before joining (256 bits, URL-safe), so a retried join is the same student. */
export function newJoinToken(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
