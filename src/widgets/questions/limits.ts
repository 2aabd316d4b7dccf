// Browser-safe: the phone, the board and the server share these without zod.

/** The longest question a student can post. */
export const QUESTION_MAX_LENGTH = 200;
/** How many questions a student may have posted at once, unless the lesson says otherwise. */
export const QUESTIONS_PER_STUDENT = 3;
/** The most a lesson may allow. */
export const QUESTIONS_MAX_PER_STUDENT = 5;
/** The most votes one student's answer may hold. */
export const QUESTION_MAX_VOTES = 200;
/** A posted question's number within its author's answer. */
export const QUESTION_NUMBER_MAX = 9999;

/** One question as its author's answer holds it: a number of its own and the text. */
export interface AskedQuestion {
  n: number;
  text: string;
}

/** A student's answer to a Questions item: what they asked, and the questions of others they voted for. */
export interface QuestionsAnswer {
  kind: 'questions';
  asked: AskedQuestion[];
  votes: string[];
}

export const EMPTY_QUESTIONS: QuestionsAnswer = { kind: 'questions', asked: [], votes: [] };

/**
 * A question's id in the session: the id of its author's stored answer (kept when the answer is
 * replaced) and its number there, so nobody can claim another student's question.
 */
export const questionId = (answerId: string, n: number): string => `${answerId}.${n}`;

/** The answer with `text` asked as a new question (numbered after the highest so far). */
export function withQuestion(answer: QuestionsAnswer, text: string): QuestionsAnswer {
  const n = Math.min(QUESTION_NUMBER_MAX, answer.asked.reduce((highest, question) => Math.max(highest, question.n), 0) + 1);
  return { ...answer, asked: [...answer.asked, { n, text: text.trim() }] };
}

/** The answer without question `n` (withdrawn by its author). */
export const withoutQuestion = (answer: QuestionsAnswer, n: number): QuestionsAnswer => ({
  ...answer,
  asked: answer.asked.filter((question) => question.n !== n),
});

/** The answer with the question back (an undone withdrawal: same number, so its votes count again). */
export const withQuestionBack = (answer: QuestionsAnswer, question: AskedQuestion): QuestionsAnswer => ({
  ...answer,
  asked: [...answer.asked.filter((asked) => asked.n !== question.n), question].sort((a, b) => a.n - b.n),
});

/** The answer with a vote for question `id` given (`on`) or taken back. */
export function withVote(answer: QuestionsAnswer, id: string, on: boolean): QuestionsAnswer {
  const votes = answer.votes.filter((vote) => vote !== id);
  return { ...answer, votes: on ? [...votes, id].slice(-QUESTION_MAX_VOTES) : votes };
}

/** A phone's own answer read back (a stored value of another shape counts as nothing asked). */
export function asQuestionsAnswer(value: unknown): QuestionsAnswer {
  if (typeof value !== 'object' || value === null) return EMPTY_QUESTIONS;
  const { kind, asked, votes } = value as Partial<QuestionsAnswer>;
  if (kind !== 'questions' || !Array.isArray(asked) || !Array.isArray(votes)) return EMPTY_QUESTIONS;
  return {
    kind,
    asked: asked.filter((question) => typeof question?.n === 'number' && typeof question.text === 'string'),
    votes: votes.filter((vote) => typeof vote === 'string'),
  };
}
