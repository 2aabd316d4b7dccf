import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { isStoreConflict, type Store, type Teacher } from '../storage/index.ts';
import type { SessionState } from '../../src/shared/session/state.ts';

/** How long a teacher stays logged in on a device. */
export const LOGIN_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export const newTeacherSchema = z.object({
  email: z.email({ error: 'email' }).max(200),
  name: z.string().trim().min(1, { error: 'name' }).max(80, { error: 'name' }),
  password: z.string().min(MIN_PASSWORD_LENGTH, { error: 'password' }).max(200, { error: 'password' }),
});
export type NewTeacher = z.infer<typeof newTeacherSchema>;

/** Creates a teacher account; 'email_taken' when the address is in use. */
export async function createTeacherAccount(store: Store<SessionState>, input: NewTeacher): Promise<{ ok: true; teacher: Teacher } | { ok: false; problem: 'email_taken' }> {
  try {
    const teacher = await store.createTeacher({ id: randomUUID(), email: input.email, name: input.name.trim(), passwordHash: await hashPassword(input.password) });
    return { ok: true, teacher };
  } catch (error) {
    if (isStoreConflict(error, 'email_taken')) return { ok: false, problem: 'email_taken' };
    throw error;
  }
}

/** The teacher with this email and password, or null (same answer for an unknown email). */
export async function checkLogin(store: Store<SessionState>, email: string, password: string): Promise<Teacher | null> {
  const teacher = await store.findTeacherByEmail(email);
  // Hash anyway for unknown emails, so timing does not tell which addresses have accounts.
  const valid = await verifyPassword(password, teacher?.passwordHash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  return teacher && valid ? teacher : null;
}

/** Starts a login session; returns the cookie value (only its hash is stored). */
export async function startLogin(store: Store<SessionState>, teacherId: string, now: number): Promise<string> {
  const token = newToken();
  await store.createAuthSession({ tokenHash: hashToken(token), teacherId, expiresAt: now + LOGIN_LIFETIME_MS });
  return token;
}

/** The logged-in teacher for a cookie value, or null. */
export async function teacherForToken(store: Store<SessionState>, token: string | undefined, now: number): Promise<Teacher | null> {
  if (!token) return null;
  const login = await store.findAuthSession(hashToken(token), now);
  return login ? store.findTeacherById(login.teacherId) : null;
}

/** Makes an invite link token for a colleague. */
export async function createInvite(store: Store<SessionState>, invitedBy: string, now: number): Promise<string> {
  const token = newToken();
  await store.createInvite({ tokenHash: hashToken(token), invitedBy, expiresAt: now + INVITE_LIFETIME_MS });
  return token;
}
