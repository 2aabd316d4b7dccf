import type { MessageKey } from '../i18n/index.ts';
import type { PropValue } from '../shared/lesson/props.ts';
import type { AnswerableKind } from '../shared/session/state.ts';
import type { HotspotArea } from '../widgets/hotspot/area.ts';
import { widgets, type WidgetRegistry } from '../widgets/index.ts';

// The island imports only the types here; the pages build the view on the server (the kinds' rules are zod).

/** A slide as the control panel lists it. */
export interface TeacherSlide {
  index: number;
  title: string;
}

/** An answerable item as the teacher controls it; `correct` is for the teacher's eyes only. */
export interface TeacherItem {
  id: string;
  kind: AnswerableKind;
  slide: number;
  /** The question, or a mind map's term. */
  prompt: string;
  /** Quiz and poll: option texts, A first. */
  options: string[];
  /** Quiz: the right letters. */
  correct: string[];
  /** Mind map: whether the lesson has model answers to show. */
  hasModel: boolean;
  /** The right answer as lines for the teacher's eyes only; empty for kinds without one. */
  rightAnswer: string[];
  /** Matching: the left column. */
  lefts?: string[];
  /** Hotspot: the image, and the right areas for the teacher's eyes. */
  image?: { src: string; alt: string };
  areas?: HotspotArea[];
  /** The kind's name on the panel. */
  label: MessageKey;
  /** What the teacher can show on top of the results: the right answer, a model, or nothing. */
  reveals: 'answer' | 'model' | null;
  /** Answers change whenever the item is open (the class's questions): no switch to allow changes. */
  changeable?: boolean;
}

export interface TeacherTimer {
  id: string;
  slide: number;
  label: string;
  durationMs: number;
}

/** Everything the teacher's island needs to know about the lesson, and nothing more. */
export interface TeacherLesson {
  slides: TeacherSlide[];
  items: TeacherItem[];
  timers: TeacherTimer[];
}

/** What the lesson parser gives per slide (only the parts read here). */
export interface SlideSource {
  index: number;
  title: string;
  widgets: readonly { kind: string; id: string | undefined; props: Record<string, PropValue> }[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);

/**
 * The teacher's view of a parsed lesson: slides by index and title, answerable items and timers
 * with an id, as their kinds describe them. The same widgets the live server knows (widgets without
 * an id are not live).
 */
export function teacherLessonFrom(slides: readonly SlideSource[], registry: WidgetRegistry = widgets): TeacherLesson {
  const lesson: TeacherLesson = { slides: [], items: [], timers: [] };
  for (const slide of slides) {
    lesson.slides.push({ index: slide.index, title: slide.title });
    for (const widget of slide.widgets) {
      if (!widget.id) continue;
      const timer = registry.timerRules(widget.kind);
      if (timer) lesson.timers.push({ id: widget.id, slide: slide.index, label: timer.label(widget.props), durationMs: timer.durationMs(widget.props) });
      const rules = registry.answerRules(widget.kind);
      if (!rules) continue;
      const { prompt, options, correct, hasModel, rightAnswer, lefts, image, areas } = rules.describe(widget.props);
      lesson.items.push({
        id: widget.id,
        kind: widget.kind as AnswerableKind,
        slide: slide.index,
        // Props were checked when the lesson was built; what slipped through reads as empty.
        prompt: typeof prompt === 'string' ? prompt : '',
        options: strings(options),
        correct: strings(correct),
        hasModel,
        rightAnswer: strings(rightAnswer),
        ...(lefts ? { lefts: strings(lefts) } : {}),
        ...(image ? { image } : {}),
        ...(areas ? { areas } : {}),
        label: rules.labels.panel,
        reveals: rules.reveals ?? null,
        ...(rules.changeable ? { changeable: true } : {}),
      });
    }
  }
  return lesson;
}
