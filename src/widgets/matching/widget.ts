import { z } from 'zod';
import { defineWidget, type Verdict } from '../definition.ts';
import { requiredText, widgetId } from '../props.ts';
import { guide } from './guide.ts';
import { isComplete, rightStart, shownRights } from './match-logic.ts';

const side = z.string({ error: 'lessonIssue.widget.pairText' }).trim().min(1, 'lessonIssue.widget.pairText');

export const matchingProps = z
  .object({
    id: widgetId,
    question: requiredText(),
    /** The pairs that belong together, left and right: `[["Financieel", "Spaarpunten"], ...]`. */
    pairs: z
      .array(z.tuple([side, side], { error: 'lessonIssue.widget.pair' }), { error: 'lessonIssue.widget.pairsList' })
      .min(2, 'lessonIssue.widget.pairsMin')
      .max(8, 'lessonIssue.widget.pairsMax')
      .refine(
        (pairs) => [0, 1].every((column) => new Set(pairs.map((pair) => pair[column]?.toLowerCase())).size === pairs.length),
        'lessonIssue.widget.pairsTwice',
      ),
    explanation: z.string().trim().optional(),
  })
  .strict();
export type MatchingProps = z.infer<typeof matchingProps>;

export interface MatchingItem {
  count: number;
  /** `start[p]`: the authored pair whose right text the phones show at place `p`. */
  start: number[];
  /** The pairs as lines and the explanation: on the server until the teacher reveals them. */
  reveal?: { correct: string[]; explanation?: string };
}
/** For each left item (authored order), the place of its match in the right column as the phone showed it. */
export type MatchingValue = { kind: 'matching'; pairs: number[] };
/** `right`: students with every pair right; `matched[l][r]`: how many matched left `l` with right `r` (both authored). */
export type MatchingResults = { kind: 'matching'; answered: number; right: number; matched: number[][] };

/** One line per pair, "Financieel → Spaarpunten", as the reveal and the teacher show them. */
const pairLines = (props: MatchingProps): string[] => props.pairs.map(([left, right]) => `${left} → ${right}`);

/** "Koppel": pairs to make between two columns, by dragging or by tapping a left then a right item. */
export const matching = defineWidget({
  kind: 'matching',
  component: 'Matching',
  props: matchingProps,
  names: { one: 'kind.matching', many: 'kinds.matching' },
  messages: 'matching',
  guide,
  answers: {
    value: z.object({ kind: z.literal('matching'), pairs: z.array(z.number().int()).min(2).max(8) }).strict(),
    item: (props): MatchingItem => ({
      count: props.pairs.length,
      start: rightStart(props.id, props.pairs.length),
      reveal: { correct: pairLines(props), ...(props.explanation ? { explanation: props.explanation } : {}) },
    }),
    check: (item: MatchingItem, value: MatchingValue) =>
      isComplete(value.pairs, item.count)
        ? { ok: true, value: { kind: 'matching', pairs: [...value.pairs] } }
        : { ok: false, code: 'bad_choice' },
    summarise: (item: MatchingItem, answers): Omit<MatchingResults, 'answered'> => {
      const matched = Array.from({ length: item.count }, () => Array.from({ length: item.count }, () => 0));
      let right = 0;
      for (const { value } of answers) {
        if (!isComplete(value.pairs, item.count)) continue;
        const authored = value.pairs.map((shown) => item.start[shown] ?? -1);
        if (authored.every((pair, left) => pair === left)) right += 1;
        authored.forEach((pair, left) => {
          const row = matched[left];
          if (row) row[pair] = (row[pair] ?? 0) + 1;
        });
      }
      return { kind: 'matching', right, matched };
    },
    // Options: the right column as the phones showed it; correct: the right texts in left order.
    describe: (props) => ({
      prompt: props.question,
      options: shownRights(props),
      correct: props.pairs.map((pair) => pair[1]),
      rightAnswer: pairLines(props),
      hasModel: false,
      lefts: props.pairs.map((pair) => pair[0]),
    }),
    answerText: (item, value) =>
      value.pairs.map((shown, left) => `${item.lefts?.[left] ?? left + 1} → ${item.options[shown] ?? '?'}`).join(' | '),
    tally: (item, results: MatchingResults) => ({
      heading: 'matching.pairHeading',
      rows: (item.lefts ?? []).map((left, index) => ({
        label: `${left} → ${item.correct[index] ?? ''}`,
        count: results.matched[index]?.[index] ?? 0,
      })),
    }),
    verdict: (item, value): Verdict =>
      value.pairs.length === item.correct.length && value.pairs.every((shown, left) => item.options[shown] === item.correct[left])
        ? 'right'
        : 'wrong',
    reveals: 'answer',
    labels: { panel: 'liveTeacher.kind.matching', report: 'report.kind.matching' },
  },
});
