import { parseGrade } from '../shared/moodboard/assignment.ts';

/** The longest feedback text a teacher can give on one board. */
export const FEEDBACK_MAX_LENGTH = 5000;

export type FeedbackInput =
  { ok: true; text: string; grade: string | null } | { ok: false; errors: { text?: 'empty' | 'tooLong'; grade?: 'invalid' } };

/**
 * The teacher's feedback form: a text and an optional grade (see `parseGrade`). At least one of
 * the two must say something; a grade that is typed but not a grade is refused, never dropped.
 */
export function parseFeedback(text: string, gradeInput: string): FeedbackInput {
  const trimmed = text.trim();
  const typedGrade = gradeInput.trim() !== '';
  const grade = typedGrade ? parseGrade(gradeInput) : null;
  const errors: { text?: 'empty' | 'tooLong'; grade?: 'invalid' } = {};
  if (typedGrade && grade === null) errors.grade = 'invalid';
  if (trimmed.length > FEEDBACK_MAX_LENGTH) errors.text = 'tooLong';
  else if (trimmed === '' && !typedGrade) errors.text = 'empty';
  return errors.text || errors.grade ? { ok: false, errors } : { ok: true, text: trimmed, grade };
}

/** A stored grade as the reader writes it: "7.5" is "7,5" in Dutch; letters stay. */
export const displayGrade = (grade: string, lang: 'nl' | 'en'): string => (lang === 'nl' ? grade.replace('.', ',') : grade);
