import type { APIRoute } from 'astro';
import { AUTH_COOKIE } from '../../../server/auth/cookies.ts';
import { hashToken } from '../../../server/auth/tokens.ts';

/** Logs out on this device: forgets the login on the server and the cookie in the browser. */
export const POST: APIRoute = async ({ cookies, redirect, locals }) => {
  const token = cookies.get(AUTH_COOKIE)?.value;
  if (token) await locals.services.store.deleteAuthSession(hashToken(token));
  cookies.delete(AUTH_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: locals.https });
  return redirect('/', 303);
};
