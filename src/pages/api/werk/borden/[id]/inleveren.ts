import type { APIRoute } from 'astro';
import { handleHandIn } from '../../../../../../server/moodboard/boards.ts';
import { moodboardDeps } from '../../../../../../server/work/moodboard-deps.ts';

/** Hands the saved board in as its next version. */
export const POST: APIRoute = ({ request, params, locals }) => handleHandIn(request, moodboardDeps(locals.services), params.id ?? '');
