import type { MoodboardDeps } from '../moodboard/deps.ts';
import { findLesson } from '../../src/lessons/catalogue.ts';
import { appServices } from '../services.ts';
import { lessonAssignments } from '../../src/shared/moodboard/assignment.ts';
import { reportItems } from '../teacher/report.ts';

/** The moodboard API's dependencies, taken from the running server and the lesson catalogue. */
export function moodboardDeps(): MoodboardDeps {
  const { store, clock, dataDir, uploadQuotaBytes } = appServices();
  return {
    store,
    clock,
    dataDir,
    uploadQuotaBytes,
    async findAssignment(lessonSlug, assignmentId) {
      const lesson = await findLesson(lessonSlug);
      const spec = lesson
        ? lessonAssignments(lesson.entry.id, lesson.parsed.widgets).find((candidate) => candidate.id === assignmentId)
        : undefined;
      return lesson && spec ? { spec, lessonTitle: lesson.entry.data.title } : null;
    },
    async lessonItems(lessonSlug) {
      const lesson = await findLesson(lessonSlug);
      return lesson ? reportItems(lesson.parsed.widgets) : [];
    },
  };
}
