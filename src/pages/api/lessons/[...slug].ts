import type { APIRoute } from 'astro';
import { findLesson } from '../../../lessons/catalogue.ts';
import { json } from '../../../lessons/http.ts';

/** Public outline of one lesson with its slide list; 404 with a JSON error for an unknown slug. */
export const GET: APIRoute = async ({ params }) => {
  const lesson = await findLesson(params.slug ?? '');
  if (!lesson) {
    return json({ error: { code: 'lesson_not_found', message: `Les "${params.slug ?? ''}" bestaat niet.` } }, 404);
  }
  return json(lesson.outline);
};
