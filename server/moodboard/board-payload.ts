import type { AnswerSource, BoardPayload, VersionSummary } from '../../src/shared/moodboard/api.ts';
import { workStatus } from '../../src/shared/moodboard/assignment.ts';
import { readStoredDoc } from '../../src/shared/moodboard/board.ts';
import type { AnswerValue } from '../../src/shared/session/answers.ts';
import { answerText } from '../teacher/report.ts';
import type { Board, BoardVersion, Handout } from '../storage/index.ts';
import type { MoodboardDeps } from './deps.ts';

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
