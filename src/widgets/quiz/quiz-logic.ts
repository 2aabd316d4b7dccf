import { correctLetters, optionLetter } from '../../shared/lesson/widget-values.ts';
import type { QuizProps } from './widget.ts';

/** A student's attempt at a quiz in study mode. */
export interface QuizAttempt {
  chosen: string[];
  correct: boolean;
}

/** Right only when exactly the correct letters were chosen. */
export function gradeQuiz(quiz: Pick<QuizProps, 'correct'>, chosen: readonly string[]): boolean {
  const right = new Set(correctLetters(quiz));
  const picked = new Set(chosen);
  return picked.size === right.size && [...picked].every((letter) => right.has(letter));
}

export const isMultipleChoice = (quiz: Pick<QuizProps, 'correct' | 'multiple'>): boolean =>
  quiz.multiple === true || correctLetters(quiz).length > 1;

/** "B – werven van nieuwe klanten" for each correct option. */
export function correctAnswerText(quiz: Pick<QuizProps, 'correct' | 'options'>): string {
  return correctLetters(quiz)
    .map((letter) => `${letter} – ${quiz.options[letter.charCodeAt(0) - 65] ?? ''}`)
    .join(', ');
}

/** Toggles a letter in a multiple-choice selection, or replaces it for single choice. */
export function toggleChoice(chosen: readonly string[], letter: string, multiple: boolean): string[] {
  if (!multiple) return [letter];
  return chosen.includes(letter) ? chosen.filter((item) => item !== letter) : [...chosen, letter].sort();
}

export const lettersOf = (options: readonly string[]): string[] => options.map((_, index) => optionLetter(index));
