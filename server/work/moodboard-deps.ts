import type { MoodboardDeps } from '../moodboard/deps.ts';
import type { AppServices } from '../services.ts';
import { handoutAssignment } from '../teacher/handouts.ts';

/** The moodboard API's dependencies, taken from the request's services and their lesson registry. */
export function moodboardDeps({ store, clock, dataDir, uploadQuotaBytes, lessons, limits, log }: AppServices): MoodboardDeps {
  return {
    store,
    log,
    clock,
    dataDir,
    uploadQuotaBytes,
    loginLimiter: limits.studentLogin,
    async findAssignment(lessonSlug, assignmentId) {
      const lesson = lessons.find(lessonSlug);
      const spec = handoutAssignment(lesson, { assignmentId });
      return lesson && spec ? { spec, lessonTitle: lesson.title } : null;
    },
    async lessonItems(lessonSlug) {
      return lessons.find(lessonSlug)?.reportItems ?? [];
    },
  };
}
