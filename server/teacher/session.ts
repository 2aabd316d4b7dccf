import type { AstroCookies } from 'astro';
import { AUTH_COOKIE } from '../auth/cookies.ts';
import type { AppServices } from '../services.ts';
import type { Teacher } from '../storage/index.ts';
import { LOGIN_LIFETIME_MS, startLogin, teacherForToken } from './accounts.ts';

/** The teacher logged in on this request, or null. */
export function currentTeacher({ store, clock }: Pick<AppServices, 'store' | 'clock'>, cookies: AstroCookies): Promise<Teacher | null> {
  return teacherForToken(store, cookies.get(AUTH_COOKIE)?.value, clock());
}

/** Logs a teacher in on this device: an HttpOnly, SameSite cookie holding a random token. */
export async function signIn(
  { store, clock }: Pick<AppServices, 'store' | 'clock'>,
  cookies: AstroCookies,
  teacherId: string,
  secure: boolean,
): Promise<void> {
  const token = await startLogin(store, teacherId, clock());
  cookies.set(AUTH_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: LOGIN_LIFETIME_MS / 1000 });
}
