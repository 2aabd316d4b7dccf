import type { AstroCookies } from 'astro';
import { AUTH_COOKIE } from '../auth/cookies.ts';
import type { Teacher } from '../storage/index.ts';
import { appServices } from '../services.ts';
import { LOGIN_LIFETIME_MS, startLogin, teacherForToken } from './accounts.ts';

/** The teacher logged in on this request, or null. */
export function currentTeacher(cookies: AstroCookies): Promise<Teacher | null> {
  const { store, clock } = appServices();
  return teacherForToken(store, cookies.get(AUTH_COOKIE)?.value, clock());
}

/** Logs a teacher in on this device: an HttpOnly, SameSite cookie holding a random token. */
export async function signIn(cookies: AstroCookies, teacherId: string, secure: boolean): Promise<void> {
  const { store, clock } = appServices();
  const token = await startLogin(store, teacherId, clock());
  cookies.set(AUTH_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: LOGIN_LIFETIME_MS / 1000 });
}

