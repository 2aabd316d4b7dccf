// In their own module, so that phones can word refusals without loading the widget kinds.

/** Why an answer was refused. */
export const ANSWER_ERROR_CODES = [
  'item_not_open',
  'answer_revealed',
  'already_answered',
  'wrong_kind',
  'bad_choice',
  'one_choice_only',
  'empty_answer',
  'too_many_entries',
  'entry_too_long',
  'too_long',
  'too_many_questions',
  'question_too_long',
  'drawing_too_big',
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

/** Why the reducer refused a teacher's change. */
export const SESSION_ERROR_CODES = [
  'slide_out_of_range',
  'unknown_item',
  'not_revealable',
  'no_model',
  'unknown_timer',
  'session_ended',
] as const;
export type SessionErrorCode = (typeof SESSION_ERROR_CODES)[number];
