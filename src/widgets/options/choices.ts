import { z } from 'zod';
import type { LessonIssueCode } from '../../shared/lesson/issues.ts';
import { optionLetter } from '../../shared/lesson/widget-values.ts';
import type { AnswerCheck, ItemDescription, SummaryAnswer } from '../definition.ts';

// What quizzes and polls share: a list of 2 to 8 options, answered with their letters.

/** A text in a list prop, which may not be empty. */
export const listItem = (empty: LessonIssueCode) => z.string({ error: empty }).trim().min(1, empty);

export const optionList = z
  .array(listItem('lessonIssue.widget.optionEmpty'), { error: 'lessonIssue.widget.optionsList' })
  .min(2, 'lessonIssue.widget.optionsMin')
  .max(8, 'lessonIssue.widget.optionsMax');

export const optionLetterSchema = z.string().regex(/^[A-H]$/);

/** A choice answer on the wire: one to eight letters. */
export const choiceValue = <const Kind extends string>(kind: Kind) =>
  z.object({ kind: z.literal(kind), choices: z.array(optionLetterSchema).min(1).max(8) }).strict();

export interface ChoiceItem {
  optionCount: number;
  /** Whether several may be chosen. */
  multiple?: boolean;
}

/** The letters, once each and sorted, of options the item has; one only unless it takes several. */
export function checkChoices<Kind extends string>(
  item: ChoiceItem,
  value: { kind: Kind; choices: string[] },
): AnswerCheck<{ kind: Kind; choices: string[] }> {
  const choices = [...new Set(value.choices)].sort();
  if (choices.length === 0) return { ok: false, code: 'empty_answer' };
  if (choices.some((letter) => !/^[A-H]$/.test(letter) || letter.charCodeAt(0) - 65 >= item.optionCount))
    return { ok: false, code: 'bad_choice' };
  if (choices.length > 1 && !item.multiple) return { ok: false, code: 'one_choice_only' };
  return { ok: true, value: { kind: value.kind, choices } };
}

/** How many chose each option, in option order. */
export function countChoices(
  item: ChoiceItem,
  answers: readonly SummaryAnswer<{ choices: string[] }>[],
): { letter: string; count: number }[] {
  const counts = Array.from({ length: item.optionCount }, (_, index) => ({ letter: optionLetter(index), count: 0 }));
  for (const answer of answers) {
    for (const letter of answer.value.choices) {
      const bucket = counts.find((entry) => entry.letter === letter);
      if (bucket) bucket.count += 1;
    }
  }
  return counts;
}

/** The report's table of a choice kind: each option with how many chose it. */
export const tallyChoices = (item: Pick<ItemDescription, 'options'>, results: { counts: { letter: string; count: number }[] }) => ({
  heading: 'report.option' as const,
  rows: results.counts.map(({ letter, count }) => ({ label: `${letter} – ${item.options[letter.charCodeAt(0) - 65] ?? ''}`, count })),
});

/** "B – werven van nieuwe klanten", each chosen option with its text. */
export const choicesText = (item: Pick<ItemDescription, 'options'>, choices: readonly string[]): string =>
  choices.map((letter) => `${letter} – ${item.options[letter.charCodeAt(0) - 65] ?? ''}`).join(', ');
