import type { APIRoute } from 'astro';
import { listLessons } from '../../../lessons/catalogue.ts';
import { json } from '../../../lessons/http.ts';

/** Public outline of every lesson: counts only, never answers. */
export const GET: APIRoute = async () => {
  const lessons = await listLessons();
  return json(lessons.map(({ outline: { slides: _slides, ...summary } }) => summary));
};
