import { getCollection, type CollectionEntry } from 'astro:content';
import type { ParsedLesson } from '../shared/lesson/parse.ts';
import { fillFromLesson, parseLesson } from '../shared/lesson/parse.ts';
import { compareLessons } from '../shared/lesson/order.ts';
import { lessonOutline, lessonSummary, type LessonOutline } from '../shared/lesson/outline.ts';

export type LessonEntry = CollectionEntry<'lessons'>;

export interface CatalogueLesson {
  entry: LessonEntry;
  parsed: ParsedLesson;
  outline: LessonOutline;
}

const byModuleThenOrder = (a: CatalogueLesson, b: CatalogueLesson) => compareLessons(a.entry.data, b.entry.data);

function describe(entry: LessonEntry): CatalogueLesson {
  // The body comes without its frontmatter: what widgets take from the lesson comes from its data.
  const parsed = parseLesson(entry.body ?? '');
  fillFromLesson(parsed, entry.data);
  const summary = lessonSummary(entry.id, entry.data, parsed.slides, parsed.widgets);
  return { entry, parsed, outline: lessonOutline(summary, parsed.slides) };
}

// Lessons change only with a new build (or a dev-server reload), so parsing once per body is enough.
const cache = new Map<string, { digest: string; lesson: CatalogueLesson }>();
function described(entry: LessonEntry): CatalogueLesson {
  const digest = String(entry.digest ?? entry.body ?? '');
  const cached = cache.get(entry.id);
  if (cached?.digest === digest) return cached.lesson;
  const lesson = describe(entry);
  cache.set(entry.id, { digest, lesson });
  return lesson;
}

/** All lessons, sorted by module, then `order`, then title. */
export async function listLessons(): Promise<CatalogueLesson[]> {
  return (await getCollection('lessons')).map(described).sort(byModuleThenOrder);
}

/** One lesson by slug (`module/lesson`), or undefined. */
export async function findLesson(slug: string): Promise<CatalogueLesson | undefined> {
  return (await listLessons()).find((lesson) => lesson.entry.id === slug);
}

/** Lessons grouped by module, in catalogue order. */
export function groupByModule(lessons: CatalogueLesson[]): [string, CatalogueLesson[]][] {
  const groups = new Map<string, CatalogueLesson[]>();
  for (const lesson of lessons) {
    const list = groups.get(lesson.entry.data.module) ?? [];
    list.push(lesson);
    groups.set(lesson.entry.data.module, list);
  }
  return [...groups];
}
