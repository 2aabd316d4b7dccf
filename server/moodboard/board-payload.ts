import type { AnswerSource, BoardPayload, VersionSummary } from '../../src/shared/moodboard/api.ts';
import { workStatus } from '../../src/shared/moodboard/assignment.ts';
import { boardDocSchema, boardItemSchema, emptyBoard, type BoardDoc } from '../../src/shared/moodboard/board.ts';
import type { AnswerValue } from '../../src/shared/session/answers.ts';
import { answerText } from '../../src/teacher/report.ts';
import type { Board, BoardVersion, Handout } from '../storage/index.ts';
import type { MoodboardDeps } from './deps.ts';

/**
 * A stored doc as the current schema reads it. Every save was checked, so this only matters when
 * the schema later grows stricter: then the items that still fit are kept rather than the board lost.
 */
export function readStoredDoc(doc: unknown): BoardDoc {
  const parsed = boardDocSchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  const stored = (typeof doc === 'object' && doc !== null ? doc : {}) as { items?: unknown; explanation?: unknown };
  const items = Array.isArray(stored.items) ? stored.items.flatMap((item) => boardItemSchema.safeParse(item).data ?? []) : [];
  const explanation = typeof stored.explanation === 'string' ? stored.explanation : '';
  return boardDocSchema.safeParse({ ...emptyBoard(), items, explanation }).data ?? emptyBoard();
}

export const versionSummary = (version: BoardVersion): VersionSummary => ({
  number: version.number,
  handedInAt: version.handedInAt,
  late: version.late,
});

/** The student's answers in the handout's live session to the lesson's answerable items, in slide order. */
export async function answerSources(deps: MoodboardDeps, handout: Handout, participantId: string): Promise<AnswerSource[]> {
  const [items, answers] = await Promise.all([
    deps.lessonItems(handout.lessonSlug),
    deps.store.answersByParticipant(handout.sessionId, participantId),
  ]);
  const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  return items.flatMap((item) => {
    const answer = byItem.get(item.id);
    const text = answer ? answerText(item, answer.value as AnswerValue).trim() : '';
    return text ? [{ sessionId: handout.sessionId, itemId: item.id, slide: item.slide, question: item.question, text }] : [];
  });
}

/** Everything the editor (or the teacher's read-only view) needs to show one board. */
export async function boardPayload(deps: MoodboardDeps, board: Board, handout: Handout): Promise<BoardPayload> {
  const { store } = deps;
  const [info, participant, versions, feedback, answers] = await Promise.all([
    deps.findAssignment(handout.lessonSlug, handout.assignmentId),
    store.findParticipant(handout.sessionId, board.participantId),
    store.listVersions(board.id),
    store.findFeedback(board.id),
    answerSources(deps, handout, board.participantId),
  ]);
  // A lesson edited after the handout may have lost the assignment; the student's work stays reachable.
  const spec = info?.spec ?? { title: handout.assignmentId, brief: '', parts: [], explanationRequired: false };
  const last = versions.at(-1);
  return {
    board: { id: board.id, revision: board.revision, doc: readStoredDoc(board.doc), updatedAt: board.updatedAt },
    assignment: {
      title: spec.title,
      brief: spec.brief,
      parts: spec.parts,
      explanationRequired: spec.explanationRequired,
      deadline: handout.deadline,
      lessonTitle: info?.lessonTitle ?? handout.lessonSlug,
    },
    student: { name: participant?.name ?? '' },
    status: workStatus({ started: board.startedAt !== null, lastHandIn: last ?? null, deadline: handout.deadline, now: deps.clock() }),
    versions: versions.map(versionSummary),
    feedback: feedback ? { text: feedback.text, grade: feedback.grade, updatedAt: feedback.updatedAt } : null,
    answers,
  };
}
