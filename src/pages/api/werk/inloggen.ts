import type { APIRoute } from 'astro';
import { handleStudentLogin } from '../../../../server/moodboard/student-login.ts';
import { clientAddress } from '../../../../server/client-address.ts';
import { moodboardDeps } from '../../../../server/work/moodboard-deps.ts';

/** Logs a student in with their work code or live-lesson resume token (see `src/shared/moodboard/api.ts`). */
export const POST: APIRoute = ({ request, clientAddress: peer, locals }) =>
  handleStudentLogin(
    request,
    moodboardDeps(locals.services),
    clientAddress(peer, request.headers.get('x-forwarded-for'), locals.services.trustProxy),
    locals.https,
  );
