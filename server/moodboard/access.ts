import { studentForToken, studentToken } from '../work/student-session.ts';
import { AUTH_COOKIE, readCookie } from '../auth/cookies.ts';
import { hashToken } from '../auth/tokens.ts';
import type { Board, Handout, Participant } from '../storage/index.ts';
import type { MoodboardDeps } from './deps.ts';
import { apiError } from './http.ts';

/** Who sent the request: a logged-in student, a logged-in teacher (by id), either, both or neither. */
export interface Requester {
  student: Participant | null;
  teacherId: string | null;
}

export async function requester(request: Request, deps: MoodboardDeps): Promise<Requester> {
  const now = deps.clock();
  const teacherToken = readCookie(request.headers.get('cookie') ?? undefined, AUTH_COOKIE);
  const [student, login] = await Promise.all([
    studentForToken(deps.store, studentToken(request), now),
    teacherToken ? deps.store.findAuthSession(hashToken(teacherToken), now) : null,
  ]);
  return { student, teacherId: login?.teacherId ?? null };
}

export type BoardAccess =
  { ok: true; role: 'student' | 'teacher'; board: Board; handout: Handout; requester: Requester } | { ok: false; response: Response };

/**
 * Opens a board for the request: its own student may do anything, the teacher who handed the
 * assignment out may only read (`write` refused with 403). Anyone else gets the same 404 as for a
 * board that does not exist, so ids cannot be probed.
 */
export async function boardAccess(request: Request, deps: MoodboardDeps, boardId: string, need: 'read' | 'write'): Promise<BoardAccess> {
  const who = await requester(request, deps);
  if (!who.student && !who.teacherId) return { ok: false, response: apiError('not_logged_in') };
  const board = await deps.store.findBoard(boardId);
  const handout = board ? await deps.store.findHandout(board.handoutId) : null;
  if (!board || !handout) return { ok: false, response: apiError('not_found') };
  if (who.student?.id === board.participantId) return { ok: true, role: 'student', board, handout, requester: who };
  if (who.teacherId !== null && who.teacherId === handout.teacherId) {
    if (need === 'write') return { ok: false, response: apiError('read_only') };
    return { ok: true, role: 'teacher', board, handout, requester: who };
  }
  return { ok: false, response: apiError('not_found') };
}
