import type { LessonAnalysis } from '../lesson/analyse.ts';
import { widgets, type WidgetRegistry } from '../../widgets/index.ts';
import type { SessionItem, SessionLesson } from './state.ts';

/** The live-session view of a checked lesson (props were validated by the lesson check), by each widget's kind. */
export function sessionLessonFrom(
  slug: string,
  lesson: Pick<LessonAnalysis, 'slides' | 'widgets'>,
  registry: WidgetRegistry = widgets,
): SessionLesson {
  const items: Record<string, SessionItem> = {};
  const timers: SessionLesson['timers'] = {};
  for (const widget of lesson.widgets) {
    if (!widget.id) continue;
    const timer = registry.timerRules(widget.kind);
    if (timer) timers[widget.id] = { slide: widget.slideIndex, durationMs: timer.durationMs(widget.props) };
    const rules = registry.answerRules(widget.kind);
    if (rules) items[widget.id] = { kind: widget.kind, slide: widget.slideIndex, ...(rules.item(widget.props) as object) } as SessionItem;
  }
  return { slug, slideCount: lesson.slides.length, items, timers };
}
