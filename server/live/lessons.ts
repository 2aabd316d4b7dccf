import path from 'node:path';
import { sessionLessonFrom } from '../../src/shared/session/lesson.ts';
import type { SessionLesson } from '../../src/shared/session/state.ts';
import { checkLessons } from '../lessons/check.ts';

/**
 * The lessons a live session can run, by slug (`module/lesson`, as in the site's URLs). Lessons with
 * problems are left out: the build already refuses them.
 */
export async function loadLiveLessons(dir: string, cwd = process.cwd()): Promise<Map<string, SessionLesson>> {
  const lessons = new Map<string, SessionLesson>();
  for (const { file, lesson } of await checkLessons(dir, cwd)) {
    if (lesson.issues.length > 0) continue;
    const slug = path
      .relative(dir, path.resolve(cwd, file))
      .replace(/\.mdx$/, '')
      .split(path.sep)
      .join('/');
    lessons.set(slug, sessionLessonFrom(slug, lesson));
  }
  return lessons;
}
