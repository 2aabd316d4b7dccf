import { studentLoginSchema } from '../../src/shared/moodboard/api.ts';
import { STUDENT_LOGIN_LIFETIME_MS, studentLoginCookie, studentLogoutCookie, studentToken } from '../work/student-session.ts';
import { deviceCookie, deviceTokenOf, isKnownDevice, rememberDevice, studentAccount } from '../auth/known-device.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { MoodboardDeps } from './deps.ts';
import { apiError, fromOwnOrigin, json, readJsonRequest } from './http.ts';
import { normaliseWorkCode } from './work-code.ts';

/**
 * POST /api/werk/inloggen: logs a student in with their work code or the resume token their phone
 * kept from the live lesson. Sets the `lp_student` cookie (a random token, stored hashed) and the
 * known-device cookie, and answers `{ name }`. Only wrong codes cost attempts, so a class behind one
 * school address logs in freely. `secure`: the browser came over https (`locals.https`), so the
 * cookies are marked Secure. The code is the whole credential, so a browser that logged in with
 * it before may use it again even while the address is out of attempts; for any other code such an
 * address gets `too_many_attempts`, right or wrong alike, so the limit tells a guesser nothing.
 */
export async function handleStudentLogin(request: Request, deps: MoodboardDeps, clientAddress: string, secure: boolean): Promise<Response> {
  const body = await readJsonRequest(request, studentLoginSchema);
  if (!body.ok) return body.response;
  const { store, loginLimiter: limiter } = deps;
  const refuse = (code: 'too_many_attempts' | 'unknown_code' | 'removed') => {
    deps.log?.info('student_login_refused', { code, by: 'code' in body.data ? 'work_code' : 'resume_token' });
    return apiError(code);
  };
  let participant = null;
  if ('code' in body.data) {
    const code = normaliseWorkCode(body.data.code);
    participant = code ? await store.findParticipantByWorkCode(code) : null;
  } else {
    participant = await store.findParticipantByResumeToken(hashToken(body.data.resumeToken));
  }
  const deviceToken = deviceTokenOf(request.headers.get('cookie'));
  const known = participant !== null && (await isKnownDevice(store, deviceToken, studentAccount(participant.id), deps.clock()));
  if (!known && !(await limiter.allows(clientAddress))) return refuse('too_many_attempts');
  if (!participant) {
    await limiter.take(clientAddress);
    return refuse('unknown_code');
  }
  if (participant.removedAt !== null) return refuse('removed');

  const token = newToken();
  await store.createStudentLogin({
    tokenHash: hashToken(token),
    participantId: participant.id,
    expiresAt: deps.clock() + STUDENT_LOGIN_LIFETIME_MS,
  });
  deps.log?.info('student_logged_in', { participantId: participant.id });
  const device = await rememberDevice(store, deviceToken, studentAccount(participant.id), deps.clock());
  const response = json({ name: participant.name }, 200, { 'Set-Cookie': studentLoginCookie(token, secure) });
  response.headers.append('Set-Cookie', deviceCookie(device, secure));
  return response;
}

/** POST /api/werk/uitloggen: forgets the login on the server and in the browser; 204. */
export async function handleStudentLogout(request: Request, deps: MoodboardDeps, secure: boolean): Promise<Response> {
  if (!fromOwnOrigin(request)) return apiError('bad_origin');
  const token = studentToken(request);
  if (token) await deps.store.deleteStudentLogin(hashToken(token));
  return new Response(null, { status: 204, headers: { 'Set-Cookie': studentLogoutCookie(secure), 'Cache-Control': 'no-store' } });
}
