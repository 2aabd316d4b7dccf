import type { LiveSession, SchoolClass, Store } from '../storage/types.ts';
import { listLessons, type CatalogueLesson } from '../../src/lessons/catalogue.ts';
import type { AssignmentSpec } from '../../src/shared/moodboard/assignment.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { assignmentsOf } from './handouts.ts';

/** The assignments one lesson declares. */
export interface AssignmentGroup {
  lessonSlug: string;
  lessonTitle: string;
  assignments: AssignmentSpec[];
}

/** Who an assignment can be handed out to: the students of a class or of a live lesson. */
export type HandoutTarget =
  | { kind: 'class'; sessionId: string; schoolClass: SchoolClass; groups: AssignmentGroup[] }
  | { kind: 'session'; sessionId: string; session: LiveSession<SessionState>; lesson: CatalogueLesson; groups: AssignmentGroup[] };

const groupOf = (lesson: CatalogueLesson): AssignmentGroup => ({
  lessonSlug: lesson.entry.id,
  lessonTitle: lesson.entry.data.title,
  assignments: assignmentsOf(lesson),
});

/** Names one assignment across lessons (widget ids are unique only within a lesson). */
export const assignmentKey = (spec: Pick<AssignmentSpec, 'lessonSlug' | 'id'>): string => `${spec.lessonSlug}#${spec.id}`;

/**
 * The teacher's classes, which may get any assignment of the catalogue (a class has no lesson of
 * its own), and live lessons whose lesson still exists, which get that lesson's assignments.
 * Sessions that back a class are never offered as live lessons.
 */
export async function handoutTargets(
  store: Store<SessionState>,
  teacherId: string,
): Promise<{ classes: HandoutTarget[]; sessions: HandoutTarget[] }> {
  const [classes, sessions, lessons] = await Promise.all([
    store.listClassesForTeacher(teacherId),
    store.listLiveSessionsForTeacher(teacherId),
    listLessons(),
  ]);
  const bySlug = new Map(lessons.map((lesson) => [lesson.entry.id, lesson]));
  const classIds = new Set(classes.map((schoolClass) => schoolClass.sessionId));
  const catalogue = lessons.map(groupOf).filter((group) => group.assignments.length > 0);
  return {
    classes: classes.map((schoolClass) => ({ kind: 'class', sessionId: schoolClass.sessionId, schoolClass, groups: catalogue })),
    sessions: sessions.flatMap((session): HandoutTarget[] => {
      const lesson = bySlug.get(session.lessonSlug);
      if (!lesson || classIds.has(session.id)) return [];
      return [{ kind: 'session', sessionId: session.id, session, lesson, groups: [groupOf(lesson)] }];
    }),
  };
}
