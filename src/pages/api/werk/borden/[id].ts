import type { APIRoute } from 'astro';
import { handleGetBoard, handleSaveBoard } from '../../../../../server/moodboard/boards.ts';
import { moodboardDeps } from '../../../../../server/work/moodboard-deps.ts';

/** A moodboard: read by its student or their teacher, saved by its student. */
export const GET: APIRoute = ({ request, params, locals }) => handleGetBoard(request, moodboardDeps(locals.services), params.id ?? '');
export const PUT: APIRoute = ({ request, params, locals }) => handleSaveBoard(request, moodboardDeps(locals.services), params.id ?? '');
