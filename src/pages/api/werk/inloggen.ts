import type { APIRoute } from 'astro';
import { handleStudentLogin } from '../../../../server/moodboard/student-login.ts';
import { clientAddress } from '../../../../server/client-address.ts';
import { appServices } from '../../../services.ts';
import { moodboardDeps } from '../../../work/moodboard-deps.ts';

/** Logs a student in with their work code or live-lesson resume token (see `src/shared/moodboard/api.ts`). */
export const POST: APIRoute = ({ request, clientAddress: peer }) =>
  handleStudentLogin(request, moodboardDeps(), clientAddress(peer, request.headers.get('x-forwarded-for'), appServices().trustProxy));
