import { z } from 'zod';
import { localAssetSchema } from '../../shared/lesson/paths.ts';
import { defineWidget } from '../definition.ts';
import { requiredText, widgetId } from '../props.ts';
import { guide } from './guide.ts';
import {
  DRAWING_COLOURS,
  DRAWING_HEIGHT,
  DRAWING_MAX_POINTS,
  DRAWING_MAX_STROKES,
  DRAWING_WIDTH,
  DRAWING_WIDTHS,
  pointCount,
  STROKE_MAX_POINTS,
  type DrawingAnswer,
} from './strokes.ts';

export const drawingProps = z
  .object({
    id: widgetId,
    /** What to draw. */
    prompt: requiredText(),
    /** An image in public/ to draw over; without, a blank canvas. */
    image: localAssetSchema('image', 'lessonIssue.widget.drawingImage').optional(),
    /** What the image shows, for whoever cannot see it; needed with an image. */
    alt: z.string({ error: 'lessonIssue.type.string' }).trim().min(1, 'lessonIssue.widget.textEmpty').optional(),
  })
  .strict()
  .refine((props) => props.image === undefined || props.alt !== undefined, { message: 'lessonIssue.widget.drawingAlt', path: ['alt'] });
export type DrawingProps = z.infer<typeof drawingProps>;

export type DrawingItem = Record<string, never>;
export type DrawingValue = DrawingAnswer;
/** Which students drew, without the drawings (a screen fetches those it shows); `size` (points) changes when a drawing does. */
export type DrawingResults = { kind: 'drawing'; answered: number; drawings: { id: string; by: string; size: number }[] };

const coordinate = z.number().int().min(0).max(Math.max(DRAWING_WIDTH, DRAWING_HEIGHT));
const stroke = z
  .object({
    colour: z.union([
      z
        .number()
        .int()
        .min(0)
        .max(DRAWING_COLOURS.length - 1),
      z.literal('eraser'),
    ]),
    width: z
      .number()
      .int()
      .min(0)
      .max(DRAWING_WIDTHS.length - 1),
    points: z
      .array(coordinate)
      .min(2)
      .max(STROKE_MAX_POINTS * 2),
  })
  .strict();

/** "Teken": a drawing on a blank canvas or over an image; the teacher sees them all and shows chosen ones on the board, never with names. */
export const drawing = defineWidget({
  kind: 'drawing',
  component: 'Drawing',
  props: drawingProps,
  assetProps: ['image'],
  names: { one: 'kind.drawing', many: 'kinds.drawing' },
  messages: 'drawing',
  guide,
  answers: {
    value: z.object({ kind: z.literal('drawing'), strokes: z.array(stroke).max(DRAWING_MAX_STROKES) }).strict(),
    item: (): DrawingItem => ({}),
    check: (_item: DrawingItem, value: DrawingValue) => {
      if (value.strokes.length === 0) return { ok: false, code: 'empty_answer' };
      // Whole points on the canvas, and not more of them than a drawing may hold.
      const onCanvas = value.strokes.every(
        (line) =>
          line.points.length % 2 === 0 &&
          line.points.every((coordinate, index) => coordinate <= (index % 2 === 0 ? DRAWING_WIDTH : DRAWING_HEIGHT)),
      );
      if (!onCanvas) return { ok: false, code: 'bad_choice' };
      if (pointCount(value.strokes) > DRAWING_MAX_POINTS)
        return { ok: false, code: 'drawing_too_big', params: { max: DRAWING_MAX_POINTS } };
      return {
        ok: true,
        value: {
          kind: 'drawing',
          strokes: value.strokes.map((line) => ({ colour: line.colour, width: line.width, points: [...line.points] })),
        },
      };
    },
    summarise: (_item: DrawingItem, answers): Omit<DrawingResults, 'answered'> => ({
      kind: 'drawing',
      drawings: answers.map((answer) => ({ id: answer.id, by: answer.participantId, size: pointCount(answer.value.strokes) })),
    }),
    describe: (props) => ({
      prompt: props.prompt,
      options: [],
      correct: [],
      hasModel: false,
      ...(props.image ? { image: { src: props.image, alt: props.alt ?? '' } } : {}),
    }),
    // A drawing has no words: the report shows it beside this line.
    answerText: (_item, value, t) =>
      t ? t('drawing.lines', { n: value.strokes.filter((line) => line.colour !== 'eraser').length }) : `${value.strokes.length}`,
    labels: { panel: 'liveTeacher.kind.drawing', report: 'report.kind.drawing' },
  },
});
