import { z } from 'zod';

// Props schemas every kind uses. Messages are lesson-issue codes (see shared/lesson/issues.ts),
// worded by the lesson-issues catalogues.

/** A widget's id: what the session, the answers and the report know it by. */
export const widgetId = z
  .string({ error: 'lessonIssue.widget.idMissing' })
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lessonIssue.widget.idFormat');

/** A required text prop (its messages name the prop). */
export const requiredText = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'lessonIssue.widget.textMissing' : 'lessonIssue.type.string') })
    .trim()
    .min(1, 'lessonIssue.widget.textEmpty');

/** A prop's text, or '' when it is not one (props were checked before). */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
