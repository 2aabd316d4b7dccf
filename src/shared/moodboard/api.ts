import { z } from 'zod';
import { boardDocSchema, type BoardDoc } from './board.ts';
import type { AssignmentPart, WorkStatus } from './assignment.ts';

/**
 * The moodboard HTTP API (JSON unless said otherwise). Students are known by the `lp_student`
 * cookie that `POST /api/werk/inloggen` sets; teachers by their login cookie. Every error is
 * `{ error: { code, message } }`: the editor words the code in the reader's language; `message`
 * is a Dutch sentence for scripts and other clients.
 *
 * | method | path | body | answer |
 * | --- | --- | --- | --- |
 * | POST | /api/werk/inloggen | `studentLoginSchema` | `{ name }` and the cookie |
 * | POST | /api/werk/uitloggen | – | 204 |
 * | GET | /api/werk/borden/:id | – | `BoardPayload` |
 * | PUT | /api/werk/borden/:id | `saveBoardSchema` | 200 `{ revision, savedAt }`, 409 `BoardConflict` |
 * | POST | /api/werk/borden/:id/inleveren | `handInSchema` | `{ version: VersionSummary }`, the same again for a repeated revision (409 `BoardConflict` when not saved yet) |
 * | POST | /api/werk/borden/:id/afbeeldingen | the image bytes (any content type) | `UploadResult` |
 * | GET | /api/afbeeldingen/:uploadId[?klein] | – | the image (student owner or their teacher only) |
 */

export const WORK_CODE_PATTERN = /^[A-Z0-9]{4}-?[A-Z0-9]{4}$/;

export const studentLoginSchema = z.union([
  /** The personal work code a student wrote down, e.g. "KQ7M-3PXT". */
  z.object({ code: z.string().trim().toUpperCase().max(20) }).strict(),
  /** The resume token a phone kept from the live lesson. */
  z.object({ resumeToken: z.string().min(20).max(100) }).strict(),
]);

export const saveBoardSchema = z.object({ doc: boardDocSchema, baseRevision: z.number().int().min(0) }).strict();
export const handInSchema = z.object({ revision: z.number().int().min(0) }).strict();

// In their own module, so that the browser can word refusals without loading zod.
export { MOODBOARD_ERROR_CODES, type MoodboardErrorCode } from './error-codes.ts';

export interface ApiError {
  error: { code: string; message: string };
}

export interface VersionSummary {
  number: number;
  handedInAt: number;
  late: boolean;
}

export interface FeedbackView {
  text: string;
  grade: string | null;
  updatedAt: number;
}

/** An answer the student gave in a live lesson of the assignment's lesson, ready to become a card. */
export interface AnswerSource {
  sessionId: string;
  itemId: string;
  slide: number;
  question: string;
  text: string;
}

export interface BoardPayload {
  board: { id: string; revision: number; doc: BoardDoc; updatedAt: number };
  assignment: {
    title: string;
    brief: string;
    parts: AssignmentPart[];
    explanationRequired: boolean;
    deadline: number;
    lessonTitle: string;
  };
  student: { name: string };
  status: WorkStatus;
  versions: VersionSummary[];
  feedback: FeedbackView | null;
  answers: AnswerSource[];
}

/** 409 on save or hand-in: somebody (another tab, another device) saved first. */
export interface BoardConflict extends ApiError {
  current: { revision: number; doc: BoardDoc; updatedAt: number };
}

export interface UploadResult {
  uploadId: string;
  width: number;
  height: number;
}
