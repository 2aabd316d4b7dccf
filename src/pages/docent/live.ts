import type { APIRoute } from 'astro';
import { startLiveSession } from '../../../server/live/sessions.ts';
import { json } from '../../lessons/http.ts';
import { currentTeacher } from '../../../server/teacher/session.ts';

/** "Live lesgeven": starts a live session of a lesson for the logged-in teacher. */
export const POST: APIRoute = async ({ request, cookies, redirect, locals }) => {
  const form = await request.formData().catch(() => null);
  const slug = String(form?.get('lesson') ?? '');
  const teacher = await currentTeacher(locals.services, cookies);
  if (!teacher) return redirect(`/docent/inloggen?next=${encodeURIComponent(`/lessons/${slug}`)}`, 303);
  const { store, lessons } = locals.services;
  const lesson = lessons.live.get(slug);
  if (!lesson) return json({ error: { code: 'lesson_not_found', message: `Les "${slug}" kan niet live gegeven worden.` } }, 404);
  const session = await startLiveSession(store, teacher.id, lesson);
  return redirect(`/docent/live/${session.id}`, 303);
};
