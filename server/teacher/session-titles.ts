/** What a lesson is called in the teacher's lists. */
export interface LessonTitle {
  slug: string;
  title: string;
}

/**
 * Each session with the title of its lesson from the lesson registry; a session whose lesson file
 * is gone keeps the last part of its slug, so it can still be found and its report opened.
 */
export function withLessonTitles<S extends { lessonSlug: string }>(
  sessions: readonly S[],
  lessons: readonly LessonTitle[],
): { session: S; lessonTitle: string }[] {
  const titles = new Map(lessons.map((lesson) => [lesson.slug, lesson.title]));
  return sessions.map((session) => ({
    session,
    lessonTitle: titles.get(session.lessonSlug) ?? session.lessonSlug.split('/').at(-1) ?? session.lessonSlug,
  }));
}
