import type { AstroCookies } from 'astro';
import type { Handout, LiveSession, Teacher } from '../storage/types.ts';
import { findLesson, type CatalogueLesson } from '../../src/lessons/catalogue.ts';
import { appServices } from '../services.ts';
import { lessonAssignments, type AssignmentSpec } from '../../src/shared/moodboard/assignment.ts';
import { currentTeacher } from './session.ts';

/** The assignments a catalogue lesson declares (none when the lesson is unknown). */
export const assignmentsOf = (lesson: CatalogueLesson | undefined): AssignmentSpec[] =>
  lesson ? lessonAssignments(lesson.entry.id, lesson.parsed.widgets) : [];

/** A handout with what to call it: its assignment's and lesson's titles (their ids once those are gone). */
export interface DescribedHandout {
  handout: Handout;
  title: string;
  lessonTitle: string;
}

/** Looks up the titles of each handout's assignment and lesson, keeping the order. */
export function describeHandouts(handouts: readonly Handout[]): Promise<DescribedHandout[]> {
  return Promise.all(
    handouts.map(async (handout) => {
      const lesson = await findLesson(handout.lessonSlug);
      const title = assignmentsOf(lesson).find((spec) => spec.id === handout.assignmentId)?.title ?? handout.assignmentId;
      return { handout, title, lessonTitle: lesson?.entry.data.title ?? handout.lessonSlug };
    }),
  );
}

export type OwnedHandout =
  | {
      ok: true;
      teacher: Teacher;
      handout: Handout;
      session: LiveSession;
      /** Undefined when the lesson file is gone. */
      lesson: CatalogueLesson | undefined;
      /** Null when the lesson no longer declares the assignment; the handout and its work stay. */
      assignment: AssignmentSpec | null;
      /** What to call the handout: the assignment's title, else its id. */
      title: string;
    }
  | { ok: false; status: 'login' | 'not_found' };

/** A handout of the logged-in teacher (never another teacher's), with its session and assignment. */
export async function ownedHandout(cookies: AstroCookies, handoutId: string): Promise<OwnedHandout> {
  const teacher = await currentTeacher(cookies);
  if (!teacher) return { ok: false, status: 'login' };
  const { store } = appServices();
  const handout = await store.findHandout(handoutId);
  const session = handout && handout.teacherId === teacher.id ? await store.findLiveSessionById(handout.sessionId) : null;
  if (!handout || !session || session.teacherId !== teacher.id) return { ok: false, status: 'not_found' };
  const lesson = await findLesson(handout.lessonSlug);
  const assignment = assignmentsOf(lesson).find((spec) => spec.id === handout.assignmentId) ?? null;
  return { ok: true, teacher, handout, session, lesson, assignment, title: assignment?.title ?? handout.assignmentId };
}
