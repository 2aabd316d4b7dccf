import type { Board, BoardVersion, Feedback, Participant } from '../storage/types.ts';
import { WORK_STATUSES, workStatus, type AssignmentPart, type WorkStatus } from '../../src/shared/moodboard/assignment.ts';
import { readStoredDoc, type BoardDoc } from '../../src/shared/moodboard/board.ts';

/** One student's line in the teacher's overview of a handout. */
export interface StudentWork {
  participantId: string;
  name: string;
  /** Null while the student never opened the board. */
  board: { id: string; doc: BoardDoc } | null;
  status: WorkStatus;
  /** When the board was last saved; null before the first save. */
  lastChange: number | null;
  versions: number;
  grade: string | null;
  hasFeedback: boolean;
}

/**
 * The overview of a handout: every student still in the session (removed ones left out), sorted by
 * name, with the status `workStatus` gives at `now`.
 */
export function studentWork(input: {
  participants: readonly Participant[];
  boards: readonly Board[];
  versionsByBoard: ReadonlyMap<string, readonly BoardVersion[]>;
  feedbackByBoard: ReadonlyMap<string, Feedback | null>;
  deadline: number;
  now: number;
}): StudentWork[] {
  const boardOf = new Map(input.boards.map((board) => [board.participantId, board]));
  return input.participants
    .filter((participant) => participant.removedAt === null)
    .map((participant) => {
      const board = boardOf.get(participant.id);
      const versions = (board && input.versionsByBoard.get(board.id)) ?? [];
      const feedback = (board && input.feedbackByBoard.get(board.id)) ?? null;
      const started = board ? board.startedAt !== null : false;
      return {
        participantId: participant.id,
        name: participant.name,
        board: board ? { id: board.id, doc: readStoredDoc(board.doc) } : null,
        status: workStatus({ started, lastHandIn: versions.at(-1) ?? null, deadline: input.deadline, now: input.now }),
        lastChange: board && started ? board.updatedAt : null,
        versions: versions.length,
        grade: feedback?.grade ?? null,
        hasFeedback: feedback !== null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.participantId.localeCompare(b.participantId));
}

/** How many students are in each status, every status present (0 when none). */
export function countByStatus(rows: readonly Pick<StudentWork, 'status'>[]): Record<WorkStatus, number> {
  const counts = Object.fromEntries(WORK_STATUSES.map((status) => [status, 0])) as Record<WorkStatus, number>;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Each required part with the number of items on the board that say they cover it. */
export function partCoverage(doc: BoardDoc, parts: readonly AssignmentPart[]): { part: AssignmentPart; items: number }[] {
  return parts.map((part) => ({ part, items: doc.items.filter((item) => item.parts.includes(part.id)).length }));
}
