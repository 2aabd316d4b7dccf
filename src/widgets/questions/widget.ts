import { z } from 'zod';
import { en } from '../../i18n/en.ts';
import { nl } from '../../i18n/nl.ts';
import { defineWidget, type ClassEntry } from '../definition.ts';
import { widgetId } from '../props.ts';
import { guide } from './guide.ts';
import {
  QUESTION_MAX_LENGTH,
  QUESTION_MAX_VOTES,
  QUESTION_NUMBER_MAX,
  QUESTIONS_MAX_PER_STUDENT,
  QUESTIONS_PER_STUDENT,
  questionId,
  type QuestionsAnswer,
} from './limits.ts';

export const questionsProps = z
  .object({
    id: widgetId,
    /** The invitation above the form; "Welke vraag heb jij nog?" in the lesson's language without one. */
    prompt: z.string({ error: 'lessonIssue.type.string' }).trim().min(1, 'lessonIssue.widget.textEmpty').max(200).optional(),
    /** How many questions one student may have posted at once (1 to 5, default 3). */
    perStudent: z
      .number({ error: 'lessonIssue.widget.questionsPerStudent' })
      .int('lessonIssue.widget.questionsPerStudent')
      .min(1, 'lessonIssue.widget.questionsPerStudent')
      .max(QUESTIONS_MAX_PER_STUDENT, 'lessonIssue.widget.questionsPerStudent')
      .optional(),
  })
  .strict();
export type QuestionsProps = z.infer<typeof questionsProps>;

export interface QuestionsItem {
  perStudent: number;
}
export type QuestionsValue = QuestionsAnswer;
/** Every question asked, most votes first; `by` names the author for the teacher's eyes only. */
export interface QuestionResult {
  id: string;
  text: string;
  votes: number;
  by: string;
}
export type QuestionsResults = { kind: 'questions'; answered: number; questions: QuestionResult[] };

const askedSchema = z
  .object({ n: z.number().int().min(1).max(QUESTION_NUMBER_MAX), text: z.string().max(QUESTION_MAX_LENGTH * 4) })
  .strict();

/** "Vragen uit de klas": students post questions, anonymous to the class, and vote for each other's; the teacher marks them answered or hides them. */
export const questions = defineWidget({
  kind: 'questions',
  component: 'Questions',
  props: questionsProps,
  fromLesson: (props, lesson) => ({ ...props, prompt: props.prompt ?? (lesson.language === 'en' ? en : nl)['questions.prompt'] }),
  names: { one: 'kind.questions', many: 'kinds.questions' },
  messages: 'questions',
  guide,
  answers: {
    value: z
      .object({
        kind: z.literal('questions'),
        asked: z.array(askedSchema).max(QUESTIONS_MAX_PER_STUDENT),
        votes: z.array(z.string().min(1).max(64)).max(QUESTION_MAX_VOTES),
      })
      .strict(),
    // Asking and voting go on while the item is open: every post or vote replaces the student's answer.
    changeable: true,
    item: (props): QuestionsItem => ({ perStudent: props.perStudent ?? QUESTIONS_PER_STUDENT }),
    check: (item: QuestionsItem, value: QuestionsValue) => {
      if (value.asked.length > item.perStudent) return { ok: false, code: 'too_many_questions', params: { max: item.perStudent } };
      const asked = value.asked.map((question) => ({ n: question.n, text: question.text.trim() }));
      if (asked.some((question) => question.text.length === 0)) return { ok: false, code: 'empty_answer' };
      if (asked.some((question) => question.text.length > QUESTION_MAX_LENGTH))
        return { ok: false, code: 'question_too_long', params: { max: QUESTION_MAX_LENGTH } };
      if (new Set(asked.map((question) => question.n)).size !== asked.length) return { ok: false, code: 'bad_choice' };
      return { ok: true, value: { kind: 'questions', asked, votes: [...new Set(value.votes)].sort() } };
    },
    summarise: (_item: QuestionsItem, answers): Omit<QuestionsResults, 'answered'> => {
      const asked = answers.flatMap((answer) =>
        answer.value.asked.map((question) => ({
          id: questionId(answer.id, question.n),
          text: question.text,
          by: answer.participantId,
          at: answer.createdAt,
          n: question.n,
        })),
      );
      const votes = new Map(asked.map((question) => [question.id, 0]));
      // One vote per student per question, and none for one's own.
      const authors = new Map(asked.map((question) => [question.id, question.by]));
      for (const answer of answers)
        for (const id of new Set(answer.value.votes)) {
          const count = votes.get(id);
          if (count !== undefined && authors.get(id) !== answer.participantId) votes.set(id, count + 1);
        }
      const sorted = asked.sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0) || a.at - b.at || a.n - b.n);
      return { kind: 'questions', questions: sorted.map(({ id, text, by }) => ({ id, text, by, votes: votes.get(id) ?? 0 })) };
    },
    // The class sees the questions the teacher did not hide, without authors; each phone learns which are its own and what it voted.
    forClass: (results: QuestionsResults, marks, viewer): ClassEntry[] =>
      results.questions
        .filter((question) => !marks.hidden.includes(question.id))
        .map((question) => ({
          id: question.id,
          text: question.text,
          votes: question.votes,
          mine: question.by === viewer.participantId,
          voted: viewer.value?.votes.includes(question.id) === true && question.by !== viewer.participantId,
          answered: marks.answered.includes(question.id),
        })),
    describe: (props) => ({ prompt: props.prompt ?? '', options: [], correct: [], hasModel: false }),
    answerText: (_item, value, t) => {
      const asked = value.asked.map((question) => question.text).join(' | ');
      if (!t) return asked;
      const votes = value.votes.length > 0 ? t('questions.votesGiven', { n: value.votes.length }) : '';
      return [asked || t('questions.noneAsked'), votes].filter(Boolean).join(' · ');
    },
    tally: (_item, results: QuestionsResults) => ({
      heading: 'questions.question',
      columns: ['questions.votes'],
      rows: results.questions.map((question) => ({ label: question.text, count: question.votes, counts: [question.votes] })),
    }),
    labels: { panel: 'liveTeacher.kind.questions', report: 'report.kind.questions' },
  },
});
