import type { MessageKey } from '../i18n/index.ts';
import type { TeacherItem, TeacherLesson, TeacherTimer } from './lesson-view.ts';

/** The slide `delta` steps away from `current`, or null when that would leave the lesson. */
export function stepSlide(current: number, delta: number, slideCount: number): number | null {
  const target = current + delta;
  return target >= 1 && target <= slideCount ? target : null;
}

/** The title of slide `index`, empty when the lesson has no such slide. */
export const slideTitle = (lesson: TeacherLesson, index: number): string =>
  lesson.slides.find((slide) => slide.index === index)?.title ?? '';

export const itemsOnSlide = (lesson: TeacherLesson, index: number): TeacherItem[] => lesson.items.filter((item) => item.slide === index);

export const timersOnSlide = (lesson: TeacherLesson, index: number): TeacherTimer[] =>
  lesson.timers.filter((timer) => timer.slide === index);

/** What can be done live on a slide (the items' kinds, then the timer), named once each, for the jump list. */
export function liveLabelsOnSlide(lesson: TeacherLesson, index: number): MessageKey[] {
  const labels: MessageKey[] = [
    ...itemsOnSlide(lesson, index).map((item) => item.label),
    ...(timersOnSlide(lesson, index).length > 0 ? (['liveTeacher.kind.timer'] as const) : []),
  ];
  return [...new Set(labels)];
}
