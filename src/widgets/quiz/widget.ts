import { z } from 'zod';
import { correctLetters, optionLetter } from '../../shared/lesson/widget-values.ts';
import { guide } from './guide.ts';
import { defineWidget, type Verdict } from '../definition.ts';
import { checkChoices, choicesText, choiceValue, countChoices, optionList, tallyChoices, type ChoiceItem } from '../options/choices.ts';
import { requiredText, widgetId } from '../props.ts';

const letter = z.string().regex(/^[A-H]$/, 'lessonIssue.widget.letter');

export const quizProps = z
  .object({
    id: widgetId,
    question: requiredText(),
    options: optionList,
    correct: z.union([letter, z.array(letter).min(1)], { error: 'lessonIssue.widget.correct' }),
    explanation: z.string().trim().optional(),
    multiple: z.boolean().optional(),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const letters = Array.isArray(quiz.correct) ? quiz.correct : [quiz.correct];
    const last = optionLetter(quiz.options.length - 1);
    for (const chosen of letters) {
      if (chosen.charCodeAt(0) - 65 >= quiz.options.length) {
        ctx.addIssue({ code: 'custom', path: ['correct'], message: 'lessonIssue.widget.correctUnknown', params: { chosen, last } });
      }
    }
    if (new Set(letters).size !== letters.length)
      ctx.addIssue({ code: 'custom', path: ['correct'], message: 'lessonIssue.widget.correctTwice' });
    if (quiz.multiple === false && letters.length > 1)
      ctx.addIssue({ code: 'custom', path: ['multiple'], message: 'lessonIssue.widget.multipleFalse' });
  });
export type QuizProps = z.infer<typeof quizProps>;

export interface QuizItem extends ChoiceItem {
  /** The right letters and the explanation: on the server until the teacher reveals them. */
  reveal?: { correct: string[]; explanation?: string };
}
export type QuizValue = { kind: 'quiz'; choices: string[] };
export type QuizResults = { kind: 'quiz'; answered: number; counts: { letter: string; count: number }[] };

const sameLetters = (chosen: readonly string[], right: readonly string[]): boolean => {
  const picked = [...new Set(chosen)].sort();
  return picked.length === right.length && picked.every((letter, index) => letter === right[index]);
};

/** A multiple-choice question with a right answer; the competition scores it. */
export const quiz = defineWidget({
  kind: 'quiz',
  component: 'Quiz',
  props: quizProps,
  names: { one: 'kind.quiz', many: 'kinds.quiz' },
  messages: 'quiz',
  guide,
  answers: {
    value: choiceValue('quiz'),
    item: (props): QuizItem => ({
      optionCount: props.options.length,
      multiple: props.multiple === true || correctLetters(props).length > 1,
      reveal: { correct: correctLetters(props), ...(props.explanation ? { explanation: props.explanation } : {}) },
    }),
    check: (item: QuizItem, value: QuizValue) => checkChoices(item, value),
    summarise: (item: QuizItem, answers): Omit<QuizResults, 'answered'> => ({ kind: 'quiz', counts: countChoices(item, answers) }),
    describe: (props) => {
      const correct = [...correctLetters(props)].sort();
      return { prompt: props.question, options: props.options, correct, rightAnswer: choicesText(props, correct).split(', '), hasModel: false };
    },
    answerText: (item, value) => choicesText(item, value.choices),
    tally: (item, results: QuizResults) => tallyChoices(item, results),
    verdict: (item, value): Verdict => (sameLetters(value.choices, item.correct) ? 'right' : 'wrong'),
    reveals: 'answer',
    labels: { panel: 'liveTeacher.kind.quiz', report: 'report.kind.quiz' },
  },
});
