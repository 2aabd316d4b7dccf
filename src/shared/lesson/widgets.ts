import { z } from 'zod';
import { parseClock, TIMER_LIMITS } from './duration.ts';
import { localAssetSchema } from './paths.ts';
import { optionLetter } from './widget-values.ts';

export { correctLetters, optionLetter, timerSeconds } from './widget-values.ts';

/** Kinds of content a slide can hold, as reported in outlines. */
export const SLIDE_KINDS = [
  'text',
  'quiz',
  'poll',
  'mindMap',
  'openQuestion',
  'timer',
  'video',
  'assignment',
] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];
export type WidgetKind = Exclude<SlideKind, 'text'>;

const widgetId = z
  .string({ error: 'id ontbreekt' })
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'id mag alleen kleine letters, cijfers en streepjes bevatten');
const text = (what: string) => z.string({ error: `${what} ontbreekt` }).trim().min(1, `${what} is leeg`);
const optionList = z
  .array(text('een optie'), { error: 'options moet een lijst zijn, zoals {["Ja", "Nee"]}' })
  .min(2, 'geef minstens 2 opties')
  .max(8, 'hoogstens 8 opties');
const letter = z.string().regex(/^[A-H]$/, 'gebruik een hoofdletter A-H');
const clock = z.string().refine((value) => parseClock(value) !== null, 'gebruik m:ss, zoals 1:30');


const quizProps = z
  .object({
    id: widgetId,
    question: text('question'),
    options: optionList,
    correct: z.union([letter, z.array(letter).min(1)], {
      error: 'correct moet een letter zijn ("B") of een lijst letters ({["A", "C"]})',
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
          message: `"${chosen}" is geen optie van deze quiz (kies uit A-${last})`,
        });
      }
    }
    if (new Set(letters).size !== letters.length) {
      ctx.addIssue({ code: 'custom', path: ['correct'], message: 'een letter staat dubbel in correct' });
    }
    if (quiz.multiple === false && letters.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['multiple'],
        message: 'multiple={false} maar correct heeft meer letters; geef één letter of haal multiple={false} weg',
      });
    }
  });

const pollProps = z
  .object({ id: widgetId, question: text('question'), options: optionList, multiple: z.boolean().optional() })
  .strict();

const mindMapProps = z
  .object({
    id: widgetId,
    term: text('term'),
    model: z.array(text('een modelantwoord')).optional(),
    maxEntries: z.number().int().min(1).max(10).optional(),
  })
  .strict();

const openQuestionProps = z
  .object({
    id: widgetId,
    question: text('question'),
    maxLength: z.number().int().min(20, 'maxLength is minstens 20').max(2000, 'maxLength is hoogstens 2000').optional(),
  })
  .strict();

const timerProps = z
  .object({
    id: widgetId,
    duration: z.union([z.string(), z.number()], { error: 'duration ontbreekt (zoals "4:00")' }),
    label: z.string().trim().optional(),
  })
  .strict()
  .superRefine((timer, ctx) => {
    const seconds = typeof timer.duration === 'number' ? timer.duration : parseClock(timer.duration);
    if (seconds === null || !Number.isInteger(seconds)) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: `"${timer.duration}" is geen geldige duur; gebruik m:ss, zoals 4:00` });
    } else if (seconds < TIMER_LIMITS.min || seconds > TIMER_LIMITS.max) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: 'een timer duurt tussen 0:05 en 90:00' });
    }
  });

const videoProps = z
  .object({
    id: widgetId.optional(),
    title: text('title'),
    youtube: z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'youtube is de video-id van 11 tekens (uit de link)').optional(),
    vimeo: z.string().regex(/^\d{5,12}$/, 'vimeo is het nummer van de video').optional(),
    src: localAssetSchema('video', 'src is een .mp4- of .webm-bestand in public/, zoals /videos/les.mp4').optional(),
    start: clock.optional(),
    end: clock.optional(),
    pending: z.boolean().optional(),
  })
  .strict()
  .superRefine((video, ctx) => {
    const sources = [video.youtube, video.vimeo, video.src].filter((source) => source !== undefined);
    if (sources.length === 0 && !video.pending) {
      ctx.addIssue({ code: 'custom', path: ['src'], message: 'video zonder bron: geef youtube, vimeo of src (of pending als de docent die nog kiest)' });
    }
    if (sources.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['src'], message: 'geef precies één bron: youtube, vimeo of src' });
    }
    if (video.start && video.end && (parseClock(video.end) ?? 0) <= (parseClock(video.start) ?? 0)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end moet na start liggen' });
    }
  });

const assignmentProps = z
  .object({
    id: widgetId,
    title: text('title'),
    parts: z.array(text('een onderdeel')).optional(),
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
