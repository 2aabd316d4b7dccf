import type { SessionState } from '../../shared/session/state.ts';
import type { QuestionResult } from './widget.ts';

export interface MarkedQuestion extends QuestionResult {
  answered: boolean;
  hidden: boolean;
}

/** The questions with what the teacher marked: still to answer first (most votes first), the answered ones after. */
export function markedQuestions(
  questions: readonly QuestionResult[],
  state: Pick<SessionState, 'hiddenAnswers' | 'answeredQuestions'>,
): MarkedQuestion[] {
  const marked = questions.map((question) => ({
    ...question,
    answered: state.answeredQuestions?.includes(question.id) === true,
    hidden: state.hiddenAnswers.includes(question.id),
  }));
  return [...marked.filter((question) => !question.answered), ...marked.filter((question) => question.answered)];
}
