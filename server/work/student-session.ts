import type { AstroCookies } from 'astro';
import { readCookie } from '../auth/cookies.ts';
import { hashToken } from '../auth/tokens.ts';
import { ensureStudentBoard as ensureBoardFor } from '../moodboard/board-for-student.ts';
import type { AppServices } from '../services.ts';
import type { Board, Handout, MoodboardStore, Participant, ParticipantStore } from '../storage/index.ts';

/** Name of a student's login cookie for working at home (HttpOnly, SameSite=Lax). */
export const STUDENT_COOKIE = 'lp_student';

/** How long a student stays logged in on a device. */
export const STUDENT_LOGIN_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** The Set-Cookie value that logs a student in with `token`; Secure when the page came over https. */
export function studentLoginCookie(token: string, secure: boolean): string {
  const parts = [
    `${STUDENT_COOKIE}=${encodeURIComponent(token)}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${STUDENT_LOGIN_LIFETIME_MS / 1000}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** The Set-Cookie value that makes the browser forget the student's login. */
export function studentLogoutCookie(secure: boolean): string {
  return `${STUDENT_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** The student's login token from a request's cookies, or null. */
export function studentToken(source: AstroCookies | Request): string | null {
  if (source instanceof Request) return readCookie(source.headers.get('cookie') ?? undefined, STUDENT_COOKIE);
  return source.get(STUDENT_COOKIE)?.value ?? null;
}

/**
 * The student a login token belongs to, or null when the token is missing, unknown or expired, or
 * the teacher removed the student from the lesson since.
 */
export async function studentForToken(
  store: Pick<MoodboardStore, 'findStudentLogin'> & Pick<ParticipantStore, 'findParticipantById'>,
  token: string | null | undefined,
  now: number,
): Promise<Participant | null> {
  if (!token) return null;
  const login = await store.findStudentLogin(hashToken(token), now);
  const participant = login ? await store.findParticipantById(login.participantId) : null;
  return participant && participant.removedAt === null ? participant : null;
}

/** The student logged in on this request (pages pass `Astro.cookies`, endpoints the Request), or null. */
export function currentStudent({ store, clock }: Pick<AppServices, 'store' | 'clock'>, source: AstroCookies | Request): Promise<Participant | null> {
  return studentForToken(store, studentToken(source), clock());
}

/** Logs the student out on this device: forgets the login on the server and the cookie in the browser. */
export async function signOutStudent({ store }: Pick<AppServices, 'store'>, cookies: AstroCookies, secure: boolean): Promise<void> {
  const token = studentToken(cookies);
  if (token) await store.deleteStudentLogin(hashToken(token));
  cookies.delete(STUDENT_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/**
 * The logged-in student's board for a handout of their own session, made empty the first time.
 * Throws when the handout is of another session or the student was removed: callers check first.
 */
export async function ensureStudentBoard({ store }: Pick<AppServices, 'store'>, handout: Handout, student: Pick<Participant, 'id'>): Promise<Board> {
  const board = await ensureBoardFor(store, handout, student.id);
  if (!board) throw new Error('This student has no board for this handout');
  return board;
}
