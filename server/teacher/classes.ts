import { randomUUID } from 'node:crypto';
import type { AstroCookies } from 'astro';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { NewClassStudent, SchoolClass, Store, Teacher } from '../storage/types.ts';
import type { Translate } from '../../src/i18n/index.ts';
import type { AppServices } from '../services.ts';
import { NAME_MAX_LENGTH } from '../../src/shared/names.ts';
import { newJoinCode } from '../../src/shared/session/join-code.ts';
import { createSessionState, type SessionState } from '../../src/shared/session/state.ts';
import { CLASS_NAME_MAX_LENGTH, type ClassNameProblem, type RosterError, type RosterStudent } from './roster.ts';
import { currentTeacher } from './session.ts';

/**
 * A roster student as the store takes it: a fresh id, and a resume token nobody holds (its hash of a
 * token thrown away), so a class student can only log in with the personal work code.
 */
export const classStudent = (student: Pick<RosterStudent, 'name' | 'key'>): NewClassStudent => ({
  id: randomUUID(),
  name: student.name,
  nameKey: student.key,
  resumeTokenHash: hashToken(newToken()),
});

/**
 * Creates a class for the teacher: a backing session that is never live (random code, no lesson,
 * the state of an empty lesson) with the students on it. Throws StoreConflictError 'name_taken'
 * when two students share a name key.
 */
export function createTeacherClass(
  store: Store<SessionState>,
  teacherId: string,
  name: string,
  students: readonly RosterStudent[],
): Promise<SchoolClass> {
  return store.createClass({
    sessionId: randomUUID(),
    teacherId,
    name,
    code: newJoinCode(),
    state: createSessionState({ slug: '', slideCount: 1, items: {}, timers: {} }),
    students: students.map(classStudent),
  });
}

export type OwnedClass = { ok: true; teacher: Teacher; schoolClass: SchoolClass } | { ok: false; status: 'login' | 'not_found' };

/** A class of the logged-in teacher (never another teacher's), by its backing session's id. */
export async function ownedClass(services: AppServices, cookies: AstroCookies, classId: string): Promise<OwnedClass> {
  const teacher = await currentTeacher(services, cookies);
  if (!teacher) return { ok: false, status: 'login' };
  const schoolClass = await services.store.findClassBySession(classId);
  if (!schoolClass || schoolClass.teacherId !== teacher.id) return { ok: false, status: 'not_found' };
  return { ok: true, teacher, schoolClass };
}

/** What to tell the teacher about a class name that cannot be used. */
export const classNameMessage = (problem: ClassNameProblem, t: Translate): string =>
  problem === 'too_long' ? t('klas.error.classNameLong', { max: CLASS_NAME_MAX_LENGTH }) : t(`klas.error.className_${problem}`);

/** What to tell the teacher about one student name, without saying where it came from. */
export function studentNameMessage(problem: RosterError['problem'], t: Translate): string {
  if (problem === 'too_long') return t('klas.error.nameLong', { max: NAME_MAX_LENGTH });
  if (problem === 'bad_characters') return t('klas.error.nameCharacters');
  if (problem === 'offensive') return t('klas.error.nameOffensive');
  return t('klas.error.nameTaken');
}

/** One line of a pasted class list that cannot be used: which line, what it says, and why. */
export function rosterErrorMessage(error: RosterError, t: Translate): string {
  const why =
    error.problem === 'duplicate' ? t('klas.error.lineDuplicate', { first: error.firstLine ?? 0 }) : studentNameMessage(error.problem, t);
  return t('klas.error.line', { line: error.line, text: error.text, why });
}
