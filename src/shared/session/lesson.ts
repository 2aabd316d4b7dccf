import type { LessonAnalysis } from '../lesson/analyse.ts';
import { correctLetters, timerSeconds } from '../lesson/widget-values.ts';
import type { MindMapProps, OpenQuestionProps, PollProps, QuizProps, TimerProps } from '../lesson/widgets.ts';
import { ANSWERABLE_KINDS, type AnswerableKind, type SessionItem, type SessionLesson } from './state.ts';

/** Defaults the widgets use when a lesson leaves a limit out. */
export const ANSWER_LIMITS = { mindMapEntries: 5, mindMapEntryLength: 80, openQuestionLength: 500 } as const;

const isAnswerable = (kind: string): kind is AnswerableKind => (ANSWERABLE_KINDS as readonly string[]).includes(kind);

/** The live-session view of a checked lesson (props were validated by the lesson check). */
export function sessionLessonFrom(slug: string, lesson: Pick<LessonAnalysis, 'slides' | 'widgets'>): SessionLesson {
  const items: Record<string, SessionItem> = {};
  const timers: SessionLesson['timers'] = {};
  for (const widget of lesson.widgets) {
    if (!widget.id) continue;
    if (widget.kind === 'timer') {
      timers[widget.id] = { slide: widget.slideIndex, durationMs: timerSeconds(widget.props as TimerProps) * 1000 };
      continue;
    }
    if (!isAnswerable(widget.kind)) continue;
    const item: SessionItem = { kind: widget.kind, slide: widget.slideIndex };
    if (widget.kind === 'quiz') {
      const quiz = widget.props as QuizProps;
      item.optionCount = quiz.options.length;
      item.multiple = quiz.multiple === true || correctLetters(quiz).length > 1;
      item.reveal = { correct: correctLetters(quiz), ...(quiz.explanation ? { explanation: quiz.explanation } : {}) };
    } else if (widget.kind === 'poll') {
      const poll = widget.props as PollProps;
      item.optionCount = poll.options.length;
      item.multiple = poll.multiple === true;
    } else if (widget.kind === 'mindMap') {
      const mindMap = widget.props as MindMapProps;
      item.maxEntries = mindMap.maxEntries ?? ANSWER_LIMITS.mindMapEntries;
      if (mindMap.model) item.reveal = { model: mindMap.model };
    } else {
      item.maxLength = (widget.props as OpenQuestionProps).maxLength ?? ANSWER_LIMITS.openQuestionLength;
    }
    items[widget.id] = item;
  }
  return { slug, slideCount: lesson.slides.length, items, timers };
}
