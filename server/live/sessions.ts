import { randomUUID } from 'node:crypto';
import { newJoinCode } from '../../src/shared/session/join-code.ts';
import { createSessionState, type SessionLesson, type SessionState } from '../../src/shared/session/state.ts';
import { isStoreConflict, type LiveSession, type Store } from '../storage/index.ts';

const CODE_ATTEMPTS = 20;

/** Starts a live session of a lesson for a teacher, with a join code no open session uses. */
export async function startLiveSession(
  store: Store<SessionState>,
  teacherId: string,
  lesson: SessionLesson,
): Promise<LiveSession<SessionState>> {
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
    try {
      return await store.createLiveSession({
        id: randomUUID(),
        code: newJoinCode(),
        teacherId,
        lessonSlug: lesson.slug,
        state: createSessionState(lesson),
      });
    } catch (error) {
      if (!isStoreConflict(error, 'code_taken')) throw error;
    }
  }
  throw new Error(`no free join code after ${CODE_ATTEMPTS} attempts`);
}
