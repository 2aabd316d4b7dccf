import { z } from 'zod';
import { guide } from './guide.ts';
import { defineWidget } from '../definition.ts';
import { checkChoices, choicesText, choiceValue, countChoices, optionList, tallyChoices, type ChoiceItem } from '../options/choices.ts';
import { requiredText, widgetId } from '../props.ts';

export const pollProps = z
  .object({ id: widgetId, question: requiredText(), options: optionList, multiple: z.boolean().optional() })
  .strict();
export type PollProps = z.infer<typeof pollProps>;

export type PollItem = ChoiceItem;
export type PollValue = { kind: 'poll'; choices: string[] };
export type PollResults = { kind: 'poll'; answered: number; counts: { letter: string; count: number }[] };

/** A question without a right answer: the class's split. */
export const poll = defineWidget({
  kind: 'poll',
  component: 'Poll',
  props: pollProps,
  names: { one: 'kind.poll', many: 'kinds.poll' },
  messages: 'poll',
  guide,
  answers: {
    value: choiceValue('poll'),
    item: (props): PollItem => ({ optionCount: props.options.length, multiple: props.multiple === true }),
    check: (item: PollItem, value: PollValue) => checkChoices(item, value),
    summarise: (item: PollItem, answers): Omit<PollResults, 'answered'> => ({ kind: 'poll', counts: countChoices(item, answers) }),
    describe: (props) => ({ prompt: props.question, options: props.options, correct: [], hasModel: false }),
    answerText: (item, value) => choicesText(item, value.choices),
    tally: (item, results: PollResults) => tallyChoices(item, results),
    labels: { panel: 'liveTeacher.kind.poll', report: 'report.kind.poll' },
  },
});
