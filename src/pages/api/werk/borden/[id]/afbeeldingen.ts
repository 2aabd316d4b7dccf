import type { APIRoute } from 'astro';
import { handleUploadImage } from '../../../../../../server/moodboard/images.ts';
import { moodboardDeps } from '../../../../../../server/work/moodboard-deps.ts';

/** Uploads an image (the raw bytes) for the board's student. */
export const POST: APIRoute = ({ request, params, locals }) => handleUploadImage(request, moodboardDeps(locals.services), params.id ?? '');
