/** What places a lesson in the catalogue. */
export interface LessonPlace {
  module: string;
  order?: number | undefined;
  title: string;
}

/** Catalogue order: by module, then `order` (lessons without one last), then title, the Dutch way. */
export const compareLessons = (a: LessonPlace, b: LessonPlace): number =>
  a.module.localeCompare(b.module, 'nl') ||
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
  a.title.localeCompare(b.title, 'nl');
