import type { LessonFrontmatter } from './frontmatter.ts';
import type { AnalysedSlide, LessonWidget } from './analyse.ts';
import { WIDGET_KINDS, type CountedKind } from '../../widgets/index.ts';
import type { SlideKind } from './widgets.ts';

/** Widget counts published in outlines: the counted kinds, in registry order. */
export const ITEM_KINDS = WIDGET_KINDS.filter((definition) => definition.counted !== false).map((definition) => definition.kind) as CountedKind[];
export type ItemKind = CountedKind;
export type ItemCounts = Record<ItemKind, number>;

/** Public summary of a lesson: never holds correct answers or model entries. */
export interface LessonSummary {
  slug: string;
  title: string;
  module: string;
  level: string;
  durationMinutes: number;
  slideCount: number;
  items: ItemCounts;
}

export interface LessonOutline extends LessonSummary {
  slides: { index: number; title: string; kinds: SlideKind[] }[];
}

export function countItems(widgets: readonly Pick<LessonWidget, 'kind'>[]): ItemCounts {
  const items = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, 0])) as ItemCounts;
  for (const widget of widgets) if (widget.kind in items) items[widget.kind as ItemKind] += 1;
  return items;
}

export function lessonSummary(slug: string, frontmatter: LessonFrontmatter, slides: readonly AnalysedSlide[], widgets: readonly LessonWidget[]): LessonSummary {
  return {
    slug,
    title: frontmatter.title,
    module: frontmatter.module,
    level: frontmatter.level,
    durationMinutes: frontmatter.durationMinutes,
    slideCount: slides.length,
    items: countItems(widgets),
  };
}

export function lessonOutline(summary: LessonSummary, slides: readonly AnalysedSlide[]): LessonOutline {
  return { ...summary, slides: slides.map(({ index, title, kinds }) => ({ index, title, kinds })) };
}
