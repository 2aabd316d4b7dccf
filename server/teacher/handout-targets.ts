import type { AssignmentSpec } from '../../src/shared/moodboard/assignment.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import type { LessonRegistry, RegisteredLesson } from '../lessons/registry.ts';
import type { LiveSession, SchoolClass, Store } from '../storage/types.ts';

/** The assignments one lesson declares. */
export interface AssignmentGroup {
  lessonSlug: string;
  lessonTitle: string;
  assignments: readonly AssignmentSpec[];
}

/** Who an assignment can be handed out to: the students of a class or of a live lesson. */
export type HandoutTarget =
  | { kind: 'class'; sessionId: string; schoolClass: SchoolClass; groups: AssignmentGroup[] }
  | { kind: 'session'; sessionId: string; session: LiveSession<SessionState>; lesson: RegisteredLesson; groups: AssignmentGroup[] };

const groupOf = (lesson: RegisteredLesson): AssignmentGroup => ({
  lessonSlug: lesson.slug,
  lessonTitle: lesson.title,
  assignments: lesson.assignments,
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
  lessons: LessonRegistry,
  teacherId: string,
): Promise<{ classes: HandoutTarget[]; sessions: HandoutTarget[] }> {
  const [classes, sessions] = await Promise.all([store.listClassesForTeacher(teacherId), store.listLiveSessionsForTeacher(teacherId)]);
  const classIds = new Set(classes.map((schoolClass) => schoolClass.sessionId));
  const catalogue = lessons.all.map(groupOf).filter((group) => group.assignments.length > 0);
  return {
    classes: classes.map((schoolClass) => ({ kind: 'class', sessionId: schoolClass.sessionId, schoolClass, groups: catalogue })),
    sessions: sessions.flatMap((session): HandoutTarget[] => {
      const lesson = lessons.find(session.lessonSlug);
      if (!lesson || classIds.has(session.id)) return [];
      return [{ kind: 'session', sessionId: session.id, session, lesson, groups: [groupOf(lesson)] }];
    }),
  };
}
