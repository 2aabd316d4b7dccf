import { z } from 'zod';
import { guide } from './guide.ts';
import { defineWidget } from '../definition.ts';
import { requiredText, widgetId } from '../props.ts';
import { OPEN_QUESTION_LENGTH } from './limits.ts';

export const openQuestionProps = z
  .object({
    id: widgetId,
    question: requiredText(),
    maxLength: z.number().int().min(20, 'lessonIssue.widget.maxLengthMin').max(2000, 'lessonIssue.widget.maxLengthMax').optional(),
  })
  .strict();
export type OpenQuestionProps = z.infer<typeof openQuestionProps>;

export interface OpenQuestionItem {
  /** Characters. */
  maxLength?: number;
}
export type OpenQuestionValue = { kind: 'openQuestion'; text: string };
export type OpenQuestionResults = {
  kind: 'openQuestion';
  answered: number;
  answers: { id: string; participantId: string; text: string; createdAt: number }[];
};

/** A question answered in the student's own words; the board shows the wall of answers. */
export const openQuestion = defineWidget({
  kind: 'openQuestion',
  component: 'OpenQuestion',
  props: openQuestionProps,
  names: { one: 'kind.openQuestion', many: 'kinds.openQuestion' },
  messages: 'open',
  guide,
  answers: {
    value: z.object({ kind: z.literal('openQuestion'), text: z.string().max(2000) }).strict(),
    item: (props): OpenQuestionItem => ({ maxLength: props.maxLength ?? OPEN_QUESTION_LENGTH }),
    check: (item: OpenQuestionItem, value: OpenQuestionValue) => {
      const text = value.text.trim();
      if (!text) return { ok: false, code: 'empty_answer' };
      const maxLength = item.maxLength ?? OPEN_QUESTION_LENGTH;
      if (text.length > maxLength) return { ok: false, code: 'too_long', params: { max: maxLength } };
      return { ok: true, value: { kind: 'openQuestion', text } };
    },
    // The wall, newest first.
    summarise: (_item: OpenQuestionItem, answers): Omit<OpenQuestionResults, 'answered'> => ({
      kind: 'openQuestion',
      answers: answers
        .map((answer) => ({ id: answer.id, participantId: answer.participantId, text: answer.value.text, createdAt: answer.createdAt }))
        .sort((a, b) => b.createdAt - a.createdAt),
    }),
    describe: (props) => ({ prompt: props.question, options: [], correct: [], hasModel: false }),
    answerText: (_item, value) => value.text,
    labels: { panel: 'liveTeacher.kind.openQuestion', report: 'report.kind.openQuestion' },
  },
});
