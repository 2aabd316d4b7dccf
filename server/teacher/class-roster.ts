import { isStoreConflict } from '../storage/errors.ts';
import type { SchoolClass, Store } from '../storage/types.ts';
import type { Translate } from '../../src/i18n/index.ts';
import { checkStudentName } from '../../src/shared/names.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { classNameMessage, classStudent, studentNameMessage } from './classes.ts';
import { CLASS_MAX_STUDENTS, checkClassName } from './roster.ts';

/** What a form about a class did; the page redirects to the class page with it as `?gedaan=`. */
export const ROSTER_DONE = ['aangemaakt', 'toegevoegd', 'gewijzigd', 'verwijderd', 'hernoemd'] as const;
export type RosterDone = (typeof ROSTER_DONE)[number];

export const isRosterDone = (value: unknown): value is RosterDone => ROSTER_DONE.some((done) => done === value);

/** Which form on the class page an error belongs to, so the page can show it there with what was typed. */
export type RosterFormError =
  { form: 'add' | 'className'; value: string; error: string } | { form: 'rename'; studentId: string; value: string; error: string };

export type RosterFormResult =
  { ok: true; done: RosterDone } | { ok: false; problem: RosterFormError } | { ok: false; problem: 'not_found' };

/**
 * Carries out one form posted on the class page (`action`: add, rename, remove or renameClass)
 * for a class the caller already checked belongs to the teacher. Student names follow the rules
 * of joining a live lesson; a name already on the roster is refused.
 */
export async function handleRosterForm(
  store: Store<SessionState>,
  schoolClass: SchoolClass,
  form: FormData,
  t: Translate,
  now: number,
): Promise<RosterFormResult> {
  const field = (name: string) => String(form.get(name) ?? '');
  const sessionId = schoolClass.sessionId;
  const action = field('action');

  if (action === 'renameClass') {
    const checked = checkClassName(field('className'));
    if (!checked.ok)
      return { ok: false, problem: { form: 'className', value: field('className'), error: classNameMessage(checked.problem, t) } };
    await store.renameClass(sessionId, checked.name);
    return { ok: true, done: 'hernoemd' };
  }

  if (action === 'remove') {
    // Removing twice (a double click, a reload) ends the same way: the student is off the roster.
    await store.removeParticipant(sessionId, field('student'), now);
    return { ok: true, done: 'verwijderd' };
  }

  if (action !== 'add' && action !== 'rename') return { ok: false, problem: 'not_found' };
  const value = field('name');
  const studentId = field('student');
  const fail = (error: string): RosterFormResult => ({
    ok: false,
    problem: action === 'add' ? { form: 'add', value, error } : { form: 'rename', studentId, value, error },
  });
  const checked = checkStudentName(value);
  if (!checked.ok) return fail(checked.problem === 'empty' ? t('klas.error.nameEmpty') : studentNameMessage(checked.problem, t));
  try {
    if (action === 'add') {
      if ((await store.listParticipants(sessionId)).length >= CLASS_MAX_STUDENTS)
        return fail(t('klas.error.tooMany', { max: CLASS_MAX_STUDENTS }));
      await store.addParticipant({ ...classStudent(checked), sessionId });
      return { ok: true, done: 'toegevoegd' };
    }
    const renamed = await store.renameParticipant(sessionId, studentId, checked.name, checked.key);
    return renamed ? { ok: true, done: 'gewijzigd' } : { ok: false, problem: 'not_found' };
  } catch (error) {
    if (isStoreConflict(error, 'name_taken')) return fail(t('klas.error.nameTaken'));
    throw error;
  }
}
