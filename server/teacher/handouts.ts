import type { AstroCookies } from 'astro';
import type { AssignmentSpec } from '../../src/shared/moodboard/assignment.ts';
import type { LessonRegistry, RegisteredLesson } from '../lessons/registry.ts';
import type { AppServices } from '../services.ts';
import type { Handout, LiveSession, Teacher } from '../storage/types.ts';
import { currentTeacher } from './session.ts';

/** The assignment a handout points at, as its lesson declares it now (null once it is gone). */
export const handoutAssignment = (lesson: RegisteredLesson | undefined, handout: Pick<Handout, 'assignmentId'>): AssignmentSpec | null =>
  lesson?.assignments.find((spec) => spec.id === handout.assignmentId) ?? null;

/** A handout with what to call it: its assignment's and lesson's titles (their ids once those are gone). */
export interface DescribedHandout {
  handout: Handout;
  title: string;
  lessonTitle: string;
}

/** The titles of each handout's assignment and lesson, keeping the order. */
export function describeHandouts(lessons: LessonRegistry, handouts: readonly Handout[]): DescribedHandout[] {
  return handouts.map((handout) => {
    const lesson = lessons.find(handout.lessonSlug);
    const title = handoutAssignment(lesson, handout)?.title ?? handout.assignmentId;
    return { handout, title, lessonTitle: lesson?.title ?? handout.lessonSlug };
  });
}

export type OwnedHandout =
  | {
      ok: true;
      teacher: Teacher;
      handout: Handout;
      session: LiveSession;
      /** Undefined when the lesson file is gone. */
      lesson: RegisteredLesson | undefined;
      /** Null when the lesson no longer declares the assignment; the handout and its work stay. */
      assignment: AssignmentSpec | null;
      /** What to call the handout: the assignment's title, else its id. */
      title: string;
    }
  | { ok: false; status: 'login' | 'not_found' };

/** A handout of the logged-in teacher (never another teacher's), with its session and assignment. */
export async function ownedHandout(services: AppServices, cookies: AstroCookies, handoutId: string): Promise<OwnedHandout> {
  const teacher = await currentTeacher(services, cookies);
  if (!teacher) return { ok: false, status: 'login' };
  const { store, lessons } = services;
  const handout = await store.findHandout(handoutId);
  const session = handout && handout.teacherId === teacher.id ? await store.findLiveSessionById(handout.sessionId) : null;
  if (!handout || !session || session.teacherId !== teacher.id) return { ok: false, status: 'not_found' };
  const lesson = lessons.find(handout.lessonSlug);
  const assignment = handoutAssignment(lesson, handout);
  return { ok: true, teacher, handout, session, lesson, assignment, title: assignment?.title ?? handout.assignmentId };
}
