import type { SessionLesson } from '../../src/shared/session/state.ts';
import { loadLessonRegistry } from '../lessons/registry.ts';

/**
 * The lessons a live session can run, by slug (`module/lesson`, as in the site's URLs): the live
 * view of `loadLessonRegistry`, for callers that need nothing else.
 */
export async function loadLiveLessons(dir: string, cwd = process.cwd()): Promise<ReadonlyMap<string, SessionLesson>> {
  return (await loadLessonRegistry(dir, cwd)).live;
}
