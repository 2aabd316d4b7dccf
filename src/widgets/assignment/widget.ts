import { z } from 'zod';
import { guide } from './guide.ts';
import { defineWidget } from '../definition.ts';
import { listItem } from '../options/choices.ts';
import { requiredText, widgetId } from '../props.ts';

export const assignmentProps = z
  .object({
    id: widgetId,
    title: requiredText(),
    parts: z.array(listItem('lessonIssue.widget.partEmpty')).optional(),
    explanationRequired: z.boolean().optional(),
  })
  .strict();
export type AssignmentProps = z.infer<typeof assignmentProps>;

/** The moodboard assignment: its brief is the element's text; students build and hand it in at home. */
export const assignment = defineWidget({
  kind: 'assignment',
  component: 'Assignment',
  props: assignmentProps,
  keepsText: true,
  counted: false,
  names: { one: 'kind.assignment', many: 'kinds.assignment' },
  messages: 'assignment',
  guide,
});
