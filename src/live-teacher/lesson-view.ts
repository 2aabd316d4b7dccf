import type { PropValue } from '../shared/lesson/props.ts';
import { parseClock } from '../shared/lesson/duration.ts';
import { ANSWERABLE_KINDS, type AnswerableKind } from '../shared/session/state.ts';

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

const text = (value: PropValue | undefined): string => (typeof value === 'string' ? value : '');
const texts = (value: PropValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
const isAnswerable = (kind: string): kind is AnswerableKind => (ANSWERABLE_KINDS as readonly string[]).includes(kind);

function durationMs(value: PropValue | undefined): number {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? parseClock(value) : null;
  return seconds === null ? 0 : seconds * 1000;
}

/**
 * The teacher's view of a parsed lesson: slides by index and title, answerable items and timers
 * with an id. The same widgets the live server knows (widgets without an id are not live).
 */
export function teacherLessonFrom(slides: readonly SlideSource[]): TeacherLesson {
  const lesson: TeacherLesson = { slides: [], items: [], timers: [] };
  for (const slide of slides) {
    lesson.slides.push({ index: slide.index, title: slide.title });
    for (const widget of slide.widgets) {
      if (!widget.id) continue;
      const { props } = widget;
      if (widget.kind === 'timer') {
        lesson.timers.push({ id: widget.id, slide: slide.index, label: text(props.label), durationMs: durationMs(props.duration) });
        continue;
      }
      if (!isAnswerable(widget.kind)) continue;
      lesson.items.push({
        id: widget.id,
        kind: widget.kind,
        slide: slide.index,
        prompt: text(widget.kind === 'mindMap' ? props.term : props.question),
        options: texts(props.options),
        correct: widget.kind === 'quiz' ? (typeof props.correct === 'string' ? [props.correct] : texts(props.correct)) : [],
        hasModel: widget.kind === 'mindMap' && texts(props.model).length > 0,
      });
    }
  }
  return lesson;
}
