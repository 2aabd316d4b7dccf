import type { Answer, Participant } from '../storage/index.ts';
import type { LessonWidget } from '../../src/shared/lesson/analyse.ts';
import type { AnswerValue } from '../../src/shared/session/answers.ts';
import { summariseItem, type ItemResults } from '../../src/shared/session/results.ts';
import { ANSWERABLE_KINDS, type AnswerableKind } from '../../src/shared/session/state.ts';

/** An answerable item of the lesson, as the report names it. */
export interface ReportItem {
  id: string;
  kind: AnswerableKind;
  slide: number;
  question: string;
  options: string[];
  /** The right letters of a quiz; empty for the other kinds. */
  correct: string[];
}

/** Whether a quiz answer chose exactly the right letters; null for kinds without a right answer. */
export type Verdict = 'right' | 'wrong' | null;

export interface ReportAnswer {
  itemId: string;
  participantId: string;
  student: string;
  /** The student was removed from the lesson by the teacher (their answers still count here). */
  removed: boolean;
  text: string;
  verdict: Verdict;
  at: number;
}

/** Quiz answers right out of the quizzes the class was asked (opened in the session). */
export interface Score {
  right: number;
  asked: number;
}

export interface ReportStudent {
  id: string;
  name: string;
  removed: boolean;
  answers: Record<string, { text: string; verdict: Verdict }>;
  /** Null when the session asked no quiz. */
  score: Score | null;
}

export interface Report {
  items: { item: ReportItem; results: ItemResults; answers: ReportAnswer[] }[];
  students: ReportStudent[];
}

const isAnswerable = (kind: string): kind is AnswerableKind => (ANSWERABLE_KINDS as readonly string[]).includes(kind);
const letters = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/** The lesson's answerable items in slide order. */
export function reportItems(widgets: readonly LessonWidget[]): ReportItem[] {
  return widgets.flatMap((widget) => {
    if (!widget.id || !isAnswerable(widget.kind)) return [];
    const question = String(widget.props.question ?? widget.props.term ?? widget.id);
    const options = Array.isArray(widget.props.options) ? widget.props.options.map(String) : [];
    const correct = widget.kind === 'quiz' ? letters(widget.props.correct).sort() : [];
    return [{ id: widget.id, kind: widget.kind, slide: widget.slideIndex, question, options, correct }];
  });
}

/** An answer as a person reads it: "B – werven van nieuwe klanten", ideas joined with " | ", or the text. */
export function answerText(item: ReportItem, value: AnswerValue): string {
  switch (value.kind) {
    case 'quiz':
    case 'poll':
      return value.choices.map((letter) => `${letter} – ${item.options[letter.charCodeAt(0) - 65] ?? ''}`).join(', ');
    case 'mindMap':
      return value.entries.join(' | ');
    case 'openQuestion':
      return value.text;
  }
}

/** Right only when a quiz answer chose exactly the right letters. */
export function answerVerdict(item: ReportItem, value: AnswerValue): Verdict {
  if (item.kind !== 'quiz' || value.kind !== 'quiz') return null;
  const chosen = [...new Set(value.choices)].sort();
  return chosen.length === item.correct.length && chosen.every((letter, index) => letter === item.correct[index]) ? 'right' : 'wrong';
}

/**
 * Everything a session produced, per item and per student; every stored answer appears once.
 * `asked` holds the items the teacher opened; a quiz someone answered counts as asked too.
 */
export function buildReport(
  items: readonly ReportItem[],
  participants: readonly Participant[],
  answers: readonly Answer[],
  asked: readonly string[] = [],
): Report {
  const people = new Map(participants.map((participant) => [participant.id, participant]));
  const byItem = new Map(items.map((item) => [item.id, item]));
  const readable = answers.flatMap((answer): ReportAnswer[] => {
    const item = byItem.get(answer.itemId);
    if (!item) return [];
    const person = people.get(answer.participantId);
    const value = answer.value as AnswerValue;
    return [
      {
        itemId: item.id,
        participantId: answer.participantId,
        student: person?.name ?? '?',
        removed: person ? person.removedAt !== null : false,
        text: answerText(item, value),
        verdict: answerVerdict(item, value),
        at: answer.updatedAt,
      },
    ];
  });
  const askedQuizzes = items.filter(
    (item) => item.kind === 'quiz' && (asked.includes(item.id) || readable.some((answer) => answer.itemId === item.id)),
  );
  return {
    items: items.map((item) => {
      const stored = answers.filter((answer) => answer.itemId === item.id);
      const results = summariseItem(
        { kind: item.kind, slide: item.slide, optionCount: item.options.length },
        stored.map((answer) => ({
          id: answer.id,
          participantId: answer.participantId,
          value: answer.value as AnswerValue,
          createdAt: answer.createdAt,
        })),
      );
      return { item, results, answers: readable.filter((answer) => answer.itemId === item.id) };
    }),
    students: participants.map((participant) => {
      const own = readable.filter((answer) => answer.participantId === participant.id);
      const right = own.filter((answer) => answer.verdict === 'right').length;
      return {
        id: participant.id,
        name: participant.name,
        removed: participant.removedAt !== null,
        answers: Object.fromEntries(own.map((answer) => [answer.itemId, { text: answer.text, verdict: answer.verdict }])),
        score: askedQuizzes.length > 0 ? { right, asked: askedQuizzes.length } : null,
      };
    }),
  };
}
