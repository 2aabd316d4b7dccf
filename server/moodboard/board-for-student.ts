import { emptyBoard } from '../../src/shared/moodboard/board.ts';
import type { Board, Handout, MoodboardStore, ParticipantStore } from '../storage/index.ts';

/**
 * The student's board for a handout, made empty the first time; null when the participant is not a
 * (still present) student of the session the assignment was handed out in. For the "mijn werk" page
 * and the teacher's overview.
 */
export async function ensureStudentBoard(
  store: Pick<MoodboardStore, 'ensureBoard'> & Pick<ParticipantStore, 'findParticipant'>,
  handout: Handout,
  participantId: string,
): Promise<Board | null> {
  const participant = await store.findParticipant(handout.sessionId, participantId);
  if (!participant || participant.removedAt !== null) return null;
  return store.ensureBoard({ handoutId: handout.id, participantId, doc: emptyBoard() });
}
