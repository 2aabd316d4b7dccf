import type { APIRoute } from 'astro';
import { handleStudentLogin } from '../../../../server/moodboard/student-login.ts';
import { moodboardDeps } from '../../../../server/work/moodboard-deps.ts';

/** Logs a student in with their work code or live-lesson resume token (see `src/shared/moodboard/api.ts`). */
export const POST: APIRoute = ({ request, clientAddress, locals }) => handleStudentLogin(request, moodboardDeps(locals.services), clientAddress);
