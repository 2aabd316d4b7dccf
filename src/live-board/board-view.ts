import type { SessionState } from '../shared/session/state.ts';
import type { TeacherItem, TeacherLesson } from '../live-teacher/lesson-view.ts';

/**
 * The item whose results the board shows: only when the teacher shows results, and only an item
 * of the slide on the board (the open one, else the last one closed there). Never another slide's.
 */
export function boardResultsItem(
  state: Pick<SessionState, 'openItem' | 'closedItems' | 'slide' | 'resultsShown'>,
  lesson: TeacherLesson,
): TeacherItem | null {
  if (!state.resultsShown) return null;
  const onSlide = lesson.items.filter((item) => item.slide === state.slide);
  const open = onSlide.find((item) => item.id === state.openItem?.id);
  if (open) return open;
  const closedId = state.closedItems.findLast((id) => onSlide.some((item) => item.id === id));
  return onSlide.find((item) => item.id === closedId) ?? null;
}

/** The answerable item of the board's slide that a results toggle would show (open first, else the first). */
export const slideItem = (state: Pick<SessionState, 'openItem' | 'slide'>, lesson: TeacherLesson): TeacherItem | null => {
  const onSlide = lesson.items.filter((item) => item.slide === state.slide);
  return onSlide.find((item) => item.id === state.openItem?.id) ?? onSlide[0] ?? null;
};

/** The small join banner: while students can still join, unless the teacher hid it or the lobby shows. */
export const showsJoinBanner = (state: Pick<SessionState, 'locked' | 'ended' | 'lobby' | 'joinBanner'>): boolean =>
  !state.locked && !state.ended && state.lobby !== true && state.joinBanner !== false;

/** Type sizes the wall tries, largest first (slide pixels: 26 is about 24 on a 1280x720 beamer). */
export const WALL_FONTS = [44, 38, 33, 29, 26] as const;

/** Columns of the wall: two for a few answers, up to four. */
export const wallColumns = (count: number): number => (count <= 4 ? 2 : count <= 9 ? 3 : 4);

/**
 * Packs answers of measured heights into pages of `columns` columns of `height` pixels, in order
 * (the way CSS columns fill): a page is full when the next answer fits in none of its columns left.
 * An answer taller than a column gets a page of its own (it is clipped there). Returns indexes per page.
 */
export function packWall(heights: readonly number[], columns: number, height: number, gap: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let column = 0;
  let used = 0;
  heights.forEach((itemHeight, index) => {
    const needed = (used > 0 ? gap : 0) + itemHeight;
    if (used > 0 && used + needed > height) {
      column += 1;
      used = 0;
    }
    if (column >= columns) {
      pages.push(page);
      page = [];
      column = 0;
      used = 0;
    }
    page.push(index);
    used += (used > 0 ? gap : 0) + itemHeight;
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Highlighted answers first: they are what the teacher wants the class to see. */
export const wallOrder = <T extends { highlighted: boolean }>(entries: readonly T[]): T[] => [
  ...entries.filter((entry) => entry.highlighted),
  ...entries.filter((entry) => !entry.highlighted),
];

/** Word-cloud type sizes: by the square root of the count, from `min` (once) to `max` (most mentioned). */
export function cloudFontSizes(counts: readonly number[], min = 30, max = 110): number[] {
  const most = Math.max(1, ...counts);
  if (most === 1) return counts.map(() => Math.min(max, Math.max(min, 56)));
  return counts.map((count) => Math.round(min + (max - min) * ((Math.sqrt(count) - 1) / (Math.sqrt(most) - 1))));
}
