import type { AccountStore } from '../storage/index.ts';
import { readCookie } from './cookies.ts';
import { hashToken, newToken } from './tokens.ts';

/**
 * Name of the "known device" cookie (OWASP device cookies): a random token the browser gets at its
 * first successful login, recorded per account it logged in to. Someone else's wrong tries from the
 * same school network lock out only devices that never logged in to the account.
 */
export const DEVICE_COOKIE = 'lp_device';

/** How long a browser stays known without logging in again. */
export const DEVICE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

/** The account names devices are recorded under. */
export const teacherAccount = (teacherId: string) => `teacher:${teacherId}`;
export const studentAccount = (participantId: string) => `student:${participantId}`;

/** The device token a request brings, or null. */
export const deviceTokenOf = (cookieHeader: string | null | undefined): string | null =>
  readCookie(cookieHeader ?? undefined, DEVICE_COOKIE);

/** Whether the browser with `token` logged in to `account` before. */
export async function isKnownDevice(
  store: Pick<AccountStore, 'isKnownDevice'>,
  token: string | null,
  account: string,
  now: number,
): Promise<boolean> {
  return token ? store.isKnownDevice(hashToken(token), account, now) : false;
}

/** Records a successful login of the browser to `account`; returns its device token (the one it had, or a new one). */
export async function rememberDevice(
  store: Pick<AccountStore, 'rememberDevice'>,
  token: string | null,
  account: string,
  now: number,
): Promise<string> {
  const device = token ?? newToken();
  await store.rememberDevice({ tokenHash: hashToken(device), account, expiresAt: now + DEVICE_LIFETIME_MS });
  return device;
}

/** The Set-Cookie value of the device token: HttpOnly, SameSite=Lax, for the whole site; Secure over https. */
export function deviceCookie(token: string, secure: boolean): string {
  const parts = [
    `${DEVICE_COOKIE}=${encodeURIComponent(token)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${DEVICE_LIFETIME_MS / 1000}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
