import { z } from 'zod';
import { defineWidget } from '../definition.ts';
import { requiredText, widgetId } from '../props.ts';
import { guide } from './guide.ts';
import { SCALE_DEFAULTS, scalePoints } from './limits.ts';

export const scaleProps = z
  .object({
    id: widgetId,
    question: requiredText(),
    min: z.union([z.literal(0), z.literal(1)], { error: 'lessonIssue.widget.scaleMin' }).optional(),
    max: z
      .number({ error: 'lessonIssue.widget.scaleMax' })
      .int('lessonIssue.widget.scaleMax')
      .min(2, 'lessonIssue.widget.scaleMax')
      .max(10, 'lessonIssue.widget.scaleMax')
      .optional(),
    /** What the lowest and the highest point mean ("helemaal niet", "heel erg"). */
    minLabel: z.string().trim().max(40, 'lessonIssue.widget.scaleLabel').optional(),
    maxLabel: z.string().trim().max(40, 'lessonIssue.widget.scaleLabel').optional(),
    /** A slider instead of a row of numbers. */
    slider: z.boolean().optional(),
  })
  .strict();
export type ScaleProps = z.infer<typeof scaleProps>;

export interface ScaleItem {
  min: number;
  max: number;
}
export type ScaleValue = { kind: 'scale'; value: number };
/** `counts[i]` students chose `min + i`; the mean of all answers, null before the first. */
export type ScaleResults = { kind: 'scale'; answered: number; min: number; counts: number[]; mean: number | null };

const pointText = (props: ScaleProps, point: number, min: number, max: number): string => {
  const label = point === min ? props.minLabel : point === max ? props.maxLabel : undefined;
  return label ? `${point} (${label})` : String(point);
};

/** "Hoe tevreden ben jij?": a point on a scale with labels at the ends; the board shows the spread and the mean. */
export const scale = defineWidget({
  kind: 'scale',
  component: 'Scale',
  props: scaleProps,
  names: { one: 'kind.scale', many: 'kinds.scale' },
  messages: 'scale',
  guide,
  answers: {
    value: z.object({ kind: z.literal('scale'), value: z.number().int().min(0).max(10) }).strict(),
    item: (props): ScaleItem => ({ min: props.min ?? SCALE_DEFAULTS.min, max: props.max ?? SCALE_DEFAULTS.max }),
    check: (item: ScaleItem, value: ScaleValue) =>
      Number.isInteger(value.value) && value.value >= item.min && value.value <= item.max
        ? { ok: true, value }
        : { ok: false, code: 'bad_choice' },
    summarise: (item: ScaleItem, answers): Omit<ScaleResults, 'answered'> => {
      const counts = scalePoints(item.min, item.max).map(() => 0);
      let sum = 0;
      let given = 0;
      for (const answer of answers) {
        const index = answer.value.value - item.min;
        if (index < 0 || index >= counts.length) continue;
        counts[index] = (counts[index] ?? 0) + 1;
        sum += answer.value.value;
        given += 1;
      }
      return { kind: 'scale', min: item.min, counts, mean: given > 0 ? sum / given : null };
    },
    describe: (props) => {
      const min = props.min ?? SCALE_DEFAULTS.min;
      const max = props.max ?? SCALE_DEFAULTS.max;
      return {
        prompt: props.question,
        options: scalePoints(min, max).map((point) => pointText(props, point, min, max)),
        correct: [],
        hasModel: false,
      };
    },
    // The points are the options (see describe), lowest first; the report reads the point with its label.
    answerText: (item, value) =>
      item.options.find((option) => option === String(value.value) || option.startsWith(`${value.value} (`)) ?? String(value.value),
    tally: (item, results: ScaleResults) => ({
      heading: 'scale.point',
      rows: item.options.map((label, index) => ({ label, count: results.counts[index] ?? 0 })),
    }),
    labels: { panel: 'liveTeacher.kind.scale', report: 'report.kind.scale' },
  },
});
