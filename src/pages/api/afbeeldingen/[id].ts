import type { APIRoute } from 'astro';
import { handleServeImage } from '../../../../server/moodboard/images.ts';
import { moodboardDeps } from '../../../../server/work/moodboard-deps.ts';

/** An uploaded image (`?klein` for the thumbnail), for its student or their teacher only. */
export const GET: APIRoute = ({ request, params, locals }) => handleServeImage(request, moodboardDeps(locals.services), params.id ?? '');
