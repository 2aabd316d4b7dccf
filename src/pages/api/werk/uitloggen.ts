import type { APIRoute } from 'astro';
import { handleStudentLogout } from '../../../../server/moodboard/student-login.ts';
import { moodboardDeps } from '../../../../server/work/moodboard-deps.ts';

/** Logs the student out on this device. */
export const POST: APIRoute = ({ request, locals }) => handleStudentLogout(request, moodboardDeps(locals.services), locals.https);
