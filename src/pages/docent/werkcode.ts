import type { APIRoute } from 'astro';
import { studentWorkCode } from '../../../server/moodboard/work-code.ts';
import { localPath } from '../../lessons/http.ts';
import { currentTeacher } from '../../../server/teacher/session.ts';
import { formText } from '../../../server/forms.ts';

/**
 * POST (form): gives a student of one of the teacher's sessions or classes a new work code, when
 * others have seen the old one. The old code and the student's logins stop working; the page the
 * teacher came from shows the new code.
 */
export const POST: APIRoute = async ({ cookies, request, redirect, locals }) => {
  const teacher = await currentTeacher(locals.services, cookies);
  if (!teacher) return redirect('/docent/inloggen', 303);
  const form = formText(await request.formData(), 'participant', 'session', 'back');
  const { store } = locals.services;
  const session = await store.findLiveSessionById(form.session ?? '');
  const student = session?.teacherId === teacher.id ? await store.findParticipant(session.id, form.participant ?? '') : null;
  if (!student || student.removedAt !== null) return new Response('Niet gevonden', { status: 404 });
  await store.replaceWorkCode(student.id, () => studentWorkCode());
  const back = localPath(form.back, '/docent');
  return redirect(`${back.split('?')[0]}?nieuwecode=${encodeURIComponent(student.id)}#codes-title`, 303);
};
