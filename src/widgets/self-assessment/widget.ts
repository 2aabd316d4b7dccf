import { z } from 'zod';
import { en } from '../../i18n/en.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { nl } from '../../i18n/nl.ts';
import { defineWidget } from '../definition.ts';
import { widgetId } from '../props.ts';
import { guide } from './guide.ts';
import { GOAL_LEVELS, MAX_GOALS, answersEveryGoal, assessedGoals, levelKey, type GoalLevel } from './levels.ts';

const goal = z
  .string({ error: 'lessonIssue.widget.goalText' })
  .trim()
  .min(1, 'lessonIssue.widget.goalText')
  .max(200, 'lessonIssue.widget.goalText');

export const selfAssessmentProps = z
  .object({
    id: widgetId,
    /** The question above the goals; the phones say "Kan ik dit?" without one. */
    question: z.string({ error: 'lessonIssue.type.string' }).trim().min(1, 'lessonIssue.widget.textEmpty').max(200).optional(),
    /** The goals to assess; the lesson's `goals` (frontmatter) when left out, which is what it is for. */
    goals: z
      .array(goal, { error: 'lessonIssue.widget.goalsList' })
      .min(1, 'lessonIssue.widget.goalsList')
      .max(MAX_GOALS, 'lessonIssue.widget.goalsMax')
      .optional(),
  })
  .strict();
export type SelfAssessmentProps = z.infer<typeof selfAssessmentProps>;

export interface SelfAssessmentItem {
  goals: number;
}
/** One level per goal, in the goals' order. */
export type SelfAssessmentValue = { kind: 'selfAssessment'; levels: GoalLevel[] };
/** `counts[g][l]`: how many answered level `l` (yes, some, no) for goal `g`. */
export type SelfAssessmentResults = { kind: 'selfAssessment'; answered: number; counts: number[][] };

const goalsOf = (props: SelfAssessmentProps): string[] => props.goals ?? [];

/** "Kan ik dit?": per learning goal of the lesson, ja / een beetje / nee; the board shows the class per goal. */
export const selfAssessment = defineWidget({
  kind: 'selfAssessment',
  component: 'SelfAssessment',
  props: selfAssessmentProps,
  // The lesson's goals, and the question in the lesson's own language when the author asked none.
  fromLesson: (props, lesson) => ({
    ...props,
    question: props.question ?? (lesson.language === 'en' ? en : nl)['selfAssessment.question'],
    goals: assessedGoals(props.goals, lesson.goals),
  }),
  names: { one: 'kind.selfAssessment', many: 'kinds.selfAssessment' },
  messages: 'selfAssessment',
  guide,
  answers: {
    value: z.object({ kind: z.literal('selfAssessment'), levels: z.array(z.enum(GOAL_LEVELS)).min(1).max(MAX_GOALS) }).strict(),
    item: (props): SelfAssessmentItem => ({ goals: goalsOf(props).length }),
    check: (item: SelfAssessmentItem, value: SelfAssessmentValue) =>
      answersEveryGoal(value.levels, item.goals)
        ? { ok: true, value: { kind: 'selfAssessment', levels: [...value.levels] } }
        : { ok: false, code: 'bad_choice' },
    summarise: (item: SelfAssessmentItem, answers): Omit<SelfAssessmentResults, 'answered'> => {
      const counts = Array.from({ length: item.goals }, () => GOAL_LEVELS.map(() => 0));
      for (const answer of answers) {
        answer.value.levels.forEach((level, goalIndex) => {
          const row = counts[goalIndex];
          const levelIndex = GOAL_LEVELS.indexOf(level);
          if (row && levelIndex >= 0) row[levelIndex] = (row[levelIndex] ?? 0) + 1;
        });
      }
      return { kind: 'selfAssessment', counts };
    },
    // The goals are the options: the report and the panel name them in the lesson's order.
    describe: (props) => ({ prompt: props.question ?? '', options: goalsOf(props), correct: [], hasModel: false }),
    // Without the reader's words (no translator given) a level reads as its code.
    answerText: (item, value, t) =>
      value.levels.map((level, index) => `${item.options[index] ?? index + 1}: ${t ? t(levelKey(level)) : level}`).join(' | '),
    tally: (item, results: SelfAssessmentResults) => ({
      heading: 'selfAssessment.goal',
      columns: GOAL_LEVELS.map((level): MessageKey => levelKey(level)),
      rows: item.options.map((label, index) => {
        const counts = results.counts[index] ?? GOAL_LEVELS.map(() => 0);
        return { label, count: counts.reduce((sum, count) => sum + count, 0), counts };
      }),
    }),
    labels: { panel: 'liveTeacher.kind.selfAssessment', report: 'report.kind.selfAssessment' },
  },
});
