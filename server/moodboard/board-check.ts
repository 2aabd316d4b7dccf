import type { BoardDoc } from '../../src/shared/moodboard/board.ts';
import type { Handout } from '../storage/index.ts';
import type { MoodboardDeps } from './deps.ts';

export type ReferenceProblem = 'unknown_image' | 'unknown_answer';

/**
 * Checks what a saved doc points at:
 * - every image item must show an upload of this student (any of their boards), so nobody can put
 *   someone else's picture on a board by guessing its id;
 * - every answer card must come from an answer this student really gave in the handout's live
 *   session. The card's text is kept as the student sent it: it is a copy they may shorten or
 *   tidy, and the teacher's report still has the original.
 */
export async function checkReferences(
  deps: MoodboardDeps,
  doc: BoardDoc,
  handout: Handout,
  participantId: string,
): Promise<ReferenceProblem | null> {
  const uploadIds = new Set(doc.items.flatMap((item) => (item.kind === 'image' ? [item.uploadId] : [])));
  const uploads = await Promise.all([...uploadIds].map((id) => deps.store.findUpload(id)));
  if (uploads.some((upload) => upload?.participantId !== participantId)) return 'unknown_image';

  const sources = doc.items.flatMap((item) => (item.kind === 'answer' ? [item.source] : []));
  if (sources.length === 0) return null;
  const answered = new Set((await deps.store.answersByParticipant(handout.sessionId, participantId)).map((answer) => answer.itemId));
  if (sources.some((source) => source.sessionId !== handout.sessionId || !answered.has(source.itemId))) return 'unknown_answer';
  return null;
}
