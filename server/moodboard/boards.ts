import { handInSchema, saveBoardSchema, type BoardConflict } from '../../src/shared/moodboard/api.ts';
import type { Board } from '../storage/index.ts';
import { boardAccess } from './access.ts';
import { readStoredDoc } from '../../src/shared/moodboard/board.ts';
import { boardPayload, versionSummary } from './board-payload.ts';
import { checkReferences } from './board-check.ts';
import type { MoodboardDeps } from './deps.ts';
import { apiError, json, readJsonRequest } from './http.ts';
import { API_ERRORS } from './messages.ts';

/** 409 with the board as it is now, so the editor can offer to take it over. */
export function conflict(board: Board, code: 'conflict' | 'empty_board' = 'conflict'): Response {
  const body: BoardConflict = {
    error: { code, message: API_ERRORS[code].message },
    current: { revision: board.revision, doc: readStoredDoc(board.doc), updatedAt: board.updatedAt },
  };
  return json(body, 409);
}

/** GET /api/werk/borden/:id: the `BoardPayload`, for the board's student or the teacher who handed it out. */
export async function handleGetBoard(request: Request, deps: MoodboardDeps, boardId: string): Promise<Response> {
  const access = await boardAccess(request, deps, boardId, 'read');
  if (!access.ok) return access.response;
  return json(await boardPayload(deps, access.board, access.handout));
}

/** PUT /api/werk/borden/:id: saves the student's doc from `baseRevision`; 409 `BoardConflict` when the board moved on. */
export async function handleSaveBoard(request: Request, deps: MoodboardDeps, boardId: string): Promise<Response> {
  const access = await boardAccess(request, deps, boardId, 'write');
  if (!access.ok) return access.response;
  const body = await readJsonRequest(request, saveBoardSchema);
  if (!body.ok) return body.response;
  const { doc, baseRevision } = body.data;
  if (baseRevision !== access.board.revision) return conflict(access.board);
  const problem = await checkReferences(deps, doc, access.handout, access.board.participantId);
  if (problem) return apiError(problem);
  const saved = await deps.store.saveBoard(access.board.id, doc, baseRevision, deps.clock());
  if (!saved.ok) return conflict(saved.current);
  return json({ revision: saved.board.revision, savedAt: saved.board.updatedAt });
}

/**
 * POST /api/werk/borden/:id/inleveren: hands in the board as saved at `revision` as the next
 * version, late when after the deadline; a repeat of the latest hand-in answers with that version
 * (same number, time and lateness). 409 `BoardConflict` when `revision` is not the stored one
 * (unsaved changes, or another device saved) and `empty_board` when nothing was ever saved.
 */
export async function handleHandIn(request: Request, deps: MoodboardDeps, boardId: string): Promise<Response> {
  const access = await boardAccess(request, deps, boardId, 'write');
  if (!access.ok) return access.response;
  const body = await readJsonRequest(request, handInSchema);
  if (!body.ok) return body.response;
  const { board, handout } = access;
  if (body.data.revision !== board.revision) return conflict(board);
  if (board.revision === 0) return conflict(board, 'empty_board');
  const now = deps.clock();
  const version = await deps.store.handIn({ boardId: board.id, revision: body.data.revision, now, late: now > handout.deadline });
  if (!version) {
    const current = await deps.store.findBoard(board.id);
    return current ? conflict(current) : apiError('not_found');
  }
  return json({ version: versionSummary(version) });
}
