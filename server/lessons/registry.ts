import path from 'node:path';
import { lessonAssignments, type AssignmentSpec } from '../../src/shared/moodboard/assignment.ts';
import { compareLessons } from '../../src/shared/lesson/order.ts';
import { sessionLessonFrom } from '../../src/shared/session/lesson.ts';
import type { SessionLesson } from '../../src/shared/session/state.ts';
import { reportItems, type ReportItem } from '../teacher/report.ts';
import type { BrokenLesson } from '../../src/shared/lesson/issues.ts';
import { checkLessons } from './check.ts';

/** One lesson as the server uses it: to run it live, to report on it and to hand out its assignments. */
export interface RegisteredLesson {
  /** `module/lesson`, as in the site's URLs. */
  slug: string;
  title: string;
  module: string;
  order?: number | undefined;
  /** What a live session of it runs. */
  session: SessionLesson;
  /** Its answerable items in slide order, as the report names them. */
  reportItems: readonly ReportItem[];
  /** The moodboard assignments it declares. */
  assignments: readonly AssignmentSpec[];
}

export type { BrokenLesson };

/**
 * The lessons, read once when the server starts and handed to the pages and the live server alike.
 * Lessons with problems are left out (as the tolerant build leaves them out of the site) and listed
 * in `broken`, so that one teacher's typo does not take the other lessons down.
 */
export interface LessonRegistry {
  /** The live server's view of every lesson, by slug. */
  readonly live: ReadonlyMap<string, SessionLesson>;
  /** Every lesson in catalogue order (module, `order`, title). */
  readonly all: readonly RegisteredLesson[];
  find(slug: string): RegisteredLesson | undefined;
  /** Lesson files left out for their problems, in file order. */
  readonly broken: readonly BrokenLesson[];
}

/** The slug of a lesson file: its path below the lessons folder, without `.mdx`. */
export const lessonSlug = (dir: string, file: string, cwd = process.cwd()): string =>
  path.relative(dir, path.resolve(cwd, file)).replace(/\.mdx$/, '').split(path.sep).join('/');

/** Reads and checks every lesson in `dir` (see `checkLessons`) into a registry. */
export async function loadLessonRegistry(dir: string, cwd = process.cwd()): Promise<LessonRegistry> {
  const lessons: RegisteredLesson[] = [];
  const broken: BrokenLesson[] = [];
  for (const { file, lesson } of await checkLessons(dir, cwd)) {
    if (lesson.issues.length > 0 || !lesson.frontmatter) {
      broken.push({ file, issues: lesson.issues });
      continue;
    }
    const slug = lessonSlug(dir, file, cwd);
    const { title, module, order } = lesson.frontmatter;
    lessons.push({
      slug,
      title,
      module,
      order,
      session: sessionLessonFrom(slug, lesson),
      reportItems: reportItems(lesson.widgets),
      assignments: lessonAssignments(slug, lesson.widgets),
    });
  }
  return lessonRegistry(lessons, broken);
}

/** A registry of these lessons (tests build one from lessons of their own). */
export function lessonRegistry(lessons: readonly RegisteredLesson[], broken: readonly BrokenLesson[] = []): LessonRegistry {
  const all = [...lessons].sort(compareLessons);
  const bySlug = new Map(all.map((lesson) => [lesson.slug, lesson]));
  return {
    live: new Map(all.map((lesson) => [lesson.slug, lesson.session])),
    all,
    find: (slug) => bySlug.get(slug),
    broken,
  };
}
