import type { Handout, MoodboardStore, Participant } from '../storage/types.ts';
import { workStatus, type WorkStatus } from '../../src/shared/moodboard/assignment.ts';

/** One assignment on a student's "Mijn werk" page. */
export interface MyAssignment {
  handout: Handout;
  /** Null until the student first opens the board. */
  boardId: string | null;
  status: WorkStatus;
  /** How many times the student handed in. */
  versions: number;
  feedback: { text: string; grade: string | null } | null;
}

/** The handouts of the student's session, newest first, each with where the student is with it. */
export async function myAssignments(
  store: Pick<MoodboardStore, 'listHandoutsForSession' | 'listBoards' | 'listVersions' | 'findFeedback'>,
  student: Pick<Participant, 'id' | 'sessionId'>,
  now: number,
): Promise<MyAssignment[]> {
  const handouts = await store.listHandoutsForSession(student.sessionId);
  return Promise.all(
    handouts.map(async (handout) => {
      const board = (await store.listBoards(handout.id)).find((candidate) => candidate.participantId === student.id) ?? null;
      const [versions, feedback] = board ? await Promise.all([store.listVersions(board.id), store.findFeedback(board.id)]) : [[], null];
      return {
        handout,
        boardId: board?.id ?? null,
        status: workStatus({ started: board?.startedAt != null, lastHandIn: versions.at(-1) ?? null, deadline: handout.deadline, now }),
        versions: versions.length,
        feedback: feedback ? { text: feedback.text, grade: feedback.grade } : null,
      };
    }),
  );
}
