import { parseClock } from './duration.ts';
import type { QuizProps } from '../../widgets/quiz/widget.ts';
import type { TimerProps } from '../../widgets/timer/widget.ts';

// Apart from the props schemas in widgets.ts, so that phones can use these without loading zod.

/** Letter of the option at `index`: 0 -> "A". */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

/** Letters marked correct in a quiz, as an array. */
export const correctLetters = (quiz: Pick<QuizProps, 'correct'>): string[] =>
  Array.isArray(quiz.correct) ? quiz.correct : [quiz.correct];

/** Duration of a timer in seconds (props already validated). */
export const timerSeconds = (timer: Pick<TimerProps, 'duration'>): number =>
  typeof timer.duration === 'number' ? timer.duration : (parseClock(timer.duration) ?? 0);
