import { z } from 'zod';
import { parseClock, TIMER_LIMITS } from './duration.ts';
import type { LessonIssueCode } from './issues.ts';
import { localAssetSchema } from './paths.ts';
import { optionLetter } from './widget-values.ts';

export { correctLetters, optionLetter, timerSeconds } from './widget-values.ts';

/** Kinds of content a slide can hold, as reported in outlines. */
export const SLIDE_KINDS = ['text', 'quiz', 'poll', 'mindMap', 'openQuestion', 'timer', 'video', 'assignment'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];
export type WidgetKind = Exclude<SlideKind, 'text'>;

// Messages are issue codes (see issues.ts), worded by the lesson-issues catalogues.
const widgetId = z.string({ error: 'lessonIssue.widget.idMissing' }).regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lessonIssue.widget.idFormat');
/** A required text prop (its messages name the prop). */
const text = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'lessonIssue.widget.textMissing' : 'lessonIssue.type.string') })
    .trim()
    .min(1, 'lessonIssue.widget.textEmpty');
/** A text in a list prop, which may not be empty. */
const item = (empty: LessonIssueCode) => z.string({ error: empty }).trim().min(1, empty);
const optionList = z
  .array(item('lessonIssue.widget.optionEmpty'), { error: 'lessonIssue.widget.optionsList' })
  .min(2, 'lessonIssue.widget.optionsMin')
  .max(8, 'lessonIssue.widget.optionsMax');
const letter = z.string().regex(/^[A-H]$/, 'lessonIssue.widget.letter');
const clock = z.string().refine((value) => parseClock(value) !== null, 'lessonIssue.widget.clock');

const quizProps = z
  .object({
    id: widgetId,
    question: text(),
    options: optionList,
    correct: z.union([letter, z.array(letter).min(1)], {
      error: 'lessonIssue.widget.correct',
    }),
    explanation: z.string().trim().optional(),
    multiple: z.boolean().optional(),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const letters = Array.isArray(quiz.correct) ? quiz.correct : [quiz.correct];
    const last = optionLetter(quiz.options.length - 1);
    for (const chosen of letters) {
      if (chosen.charCodeAt(0) - 65 >= quiz.options.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['correct'],
          message: 'lessonIssue.widget.correctUnknown',
          params: { chosen, last },
        });
      }
    }
    if (new Set(letters).size !== letters.length) {
      ctx.addIssue({ code: 'custom', path: ['correct'], message: 'lessonIssue.widget.correctTwice' });
    }
    if (quiz.multiple === false && letters.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['multiple'],
        message: 'lessonIssue.widget.multipleFalse',
      });
    }
  });

const pollProps = z.object({ id: widgetId, question: text(), options: optionList, multiple: z.boolean().optional() }).strict();

const mindMapProps = z
  .object({
    id: widgetId,
    term: text(),
    model: z.array(item('lessonIssue.widget.modelEmpty')).optional(),
    maxEntries: z
      .number({ error: 'lessonIssue.widget.maxEntries' })
      .int('lessonIssue.widget.maxEntries')
      .min(1, 'lessonIssue.widget.maxEntries')
      .max(10, 'lessonIssue.widget.maxEntries')
      .optional(),
  })
  .strict();

const openQuestionProps = z
  .object({
    id: widgetId,
    question: text(),
    maxLength: z.number().int().min(20, 'lessonIssue.widget.maxLengthMin').max(2000, 'lessonIssue.widget.maxLengthMax').optional(),
  })
  .strict();

const timerProps = z
  .object({
    id: widgetId,
    duration: z.union([z.string(), z.number()], { error: 'lessonIssue.widget.durationMissing' }),
    label: z.string().trim().optional(),
  })
  .strict()
  .superRefine((timer, ctx) => {
    const seconds = typeof timer.duration === 'number' ? timer.duration : parseClock(timer.duration);
    if (seconds === null || !Number.isInteger(seconds)) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: 'lessonIssue.widget.durationInvalid',
        params: { duration: String(timer.duration) },
      });
    } else if (seconds < TIMER_LIMITS.min || seconds > TIMER_LIMITS.max) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: 'lessonIssue.widget.durationRange' });
    }
  });

const videoProps = z
  .object({
    id: widgetId.optional(),
    title: text(),
    youtube: z
      .string()
      .regex(/^[A-Za-z0-9_-]{11}$/, 'lessonIssue.widget.youtube')
      .optional(),
    vimeo: z
      .string()
      .regex(/^\d{5,12}$/, 'lessonIssue.widget.vimeo')
      .optional(),
    src: localAssetSchema('video', 'lessonIssue.widget.videoSrc').optional(),
    start: clock.optional(),
    end: clock.optional(),
    pending: z.boolean().optional(),
  })
  .strict()
  .superRefine((video, ctx) => {
    const sources = [video.youtube, video.vimeo, video.src].filter((source) => source !== undefined);
    if (sources.length === 0 && !video.pending) {
      ctx.addIssue({ code: 'custom', path: ['src'], message: 'lessonIssue.widget.videoNoSource' });
    }
    if (sources.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['src'], message: 'lessonIssue.widget.videoSources' });
    }
    if (video.start && video.end && (parseClock(video.end) ?? 0) <= (parseClock(video.start) ?? 0)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'lessonIssue.widget.videoEnd' });
    }
  });

const assignmentProps = z
  .object({
    id: widgetId,
    title: text(),
    parts: z.array(item('lessonIssue.widget.partEmpty')).optional(),
    explanationRequired: z.boolean().optional(),
  })
  .strict();

const noProps = z.object({}).strict();

/** Every component an author may use in a lesson, with its props schema. */
export const WIDGETS = {
  Quiz: { kind: 'quiz', props: quizProps },
  Poll: { kind: 'poll', props: pollProps },
  MindMap: { kind: 'mindMap', props: mindMapProps },
  OpenQuestion: { kind: 'openQuestion', props: openQuestionProps },
  Timer: { kind: 'timer', props: timerProps },
  Video: { kind: 'video', props: videoProps },
  Assignment: { kind: 'assignment', props: assignmentProps },
  Notes: { kind: null, props: noProps },
  Column: { kind: null, props: noProps },
} as const;

export type WidgetName = keyof typeof WIDGETS;
export type QuizProps = z.infer<typeof quizProps>;
export type PollProps = z.infer<typeof pollProps>;
export type MindMapProps = z.infer<typeof mindMapProps>;
export type OpenQuestionProps = z.infer<typeof openQuestionProps>;
export type TimerProps = z.infer<typeof timerProps>;
export type VideoProps = z.infer<typeof videoProps>;
export type AssignmentProps = z.infer<typeof assignmentProps>;

export const isWidgetName = (name: string): name is WidgetName => Object.hasOwn(WIDGETS, name);
