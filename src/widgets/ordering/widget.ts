import { z } from 'zod';
import { defineWidget, type Verdict } from '../definition.ts';
import { listItem } from '../options/choices.ts';
import { requiredText, widgetId } from '../props.ts';
import { guide } from './guide.ts';
import { isOrderOf, isRightOrder, shownItems, startOrder } from './order-logic.ts';

export const orderingProps = z
  .object({
    id: widgetId,
    question: requiredText(),
    /** The items in the right order; students get them shuffled. */
    items: z
      .array(listItem('lessonIssue.widget.itemEmpty'), { error: 'lessonIssue.widget.itemsList' })
      .min(2, 'lessonIssue.widget.itemsMin')
      .max(8, 'lessonIssue.widget.itemsMax')
      .refine((items) => new Set(items.map((item) => item.toLowerCase())).size === items.length, 'lessonIssue.widget.itemsTwice'),
    explanation: z.string().trim().optional(),
  })
  .strict();
export type OrderingProps = z.infer<typeof orderingProps>;

export interface OrderingItem {
  count: number;
  /** `start[i]`: which authored item the phones show at place `i` (see `startOrder`); the phones get the texts only. */
  start: number[];
  /** The items in the right order and the explanation: on the server until the teacher reveals them. */
  reveal?: { correct: string[]; explanation?: string };
}
/** The order a student made, as places in the list the phone showed (the shuffled one), top to bottom. */
export type OrderingValue = { kind: 'ordering'; order: number[] };
/**
 * `right`: students with the whole order right; `placed[i][p]`: how many put item `i` (authored
 * order) at position `p`.
 */
export type OrderingResults = { kind: 'ordering'; answered: number; right: number; placed: number[][] };

/** "Zet in de goede volgorde": items to put in order, by dragging or with the keyboard. */
export const ordering = defineWidget({
  kind: 'ordering',
  component: 'Ordering',
  props: orderingProps,
  names: { one: 'kind.ordering', many: 'kinds.ordering' },
  messages: 'ordering',
  guide,
  answers: {
    value: z.object({ kind: z.literal('ordering'), order: z.array(z.number().int()).min(2).max(8) }).strict(),
    item: (props): OrderingItem => ({
      count: props.items.length,
      start: startOrder(props.id, props.items.length),
      reveal: { correct: props.items, ...(props.explanation ? { explanation: props.explanation } : {}) },
    }),
    check: (item: OrderingItem, value: OrderingValue) =>
      isOrderOf(value.order, item.count)
        ? { ok: true, value: { kind: 'ordering', order: [...value.order] } }
        : { ok: false, code: 'bad_choice' },
    summarise: (item: OrderingItem, answers): Omit<OrderingResults, 'answered'> => {
      const placed = Array.from({ length: item.count }, () => Array.from({ length: item.count }, () => 0));
      let right = 0;
      for (const { value } of answers) {
        if (!isOrderOf(value.order, item.count)) continue;
        const authored = value.order.map((shown) => item.start[shown] ?? -1);
        if (isRightOrder(authored)) right += 1;
        authored.forEach((index, position) => {
          const row = placed[index];
          if (row) row[position] = (row[position] ?? 0) + 1;
        });
      }
      return { kind: 'ordering', right, placed };
    },
    // The options are the items as the phones showed them (shuffled); `correct` is the right order.
    describe: (props) => ({
      prompt: props.question,
      options: shownItems(props),
      correct: props.items,
      rightAnswer: props.items.map((item, position) => `${position + 1}. ${item}`),
      hasModel: false,
    }),
    answerText: (item, value) => value.order.map((shown, position) => `${position + 1}. ${item.options[shown] ?? '?'}`).join(' | '),
    tally: (item, results: OrderingResults) => ({
      heading: 'ordering.itemHeading',
      rows: item.correct.map((label, authored) => ({
        label: `${authored + 1}. ${label}`,
        count: results.placed[authored]?.[authored] ?? 0,
      })),
    }),
    verdict: (item, value): Verdict =>
      value.order.length === item.correct.length && value.order.every((shown, position) => item.options[shown] === item.correct[position])
        ? 'right'
        : 'wrong',
    reveals: 'answer',
    labels: { panel: 'liveTeacher.kind.ordering', report: 'report.kind.ordering' },
  },
});
