import type { Answer, Participant } from '../storage/index.ts';
import type { LessonWidget } from '../../src/shared/lesson/analyse.ts';
import type { AnswerValue } from '../../src/shared/session/answers.ts';
import { summariseItem, type ItemResults } from '../../src/shared/session/results.ts';
import type { AnswerableKind, SessionItem } from '../../src/shared/session/state.ts';
import type { ItemDescription, Verdict } from '../../src/widgets/definition.ts';
import type { MessageKey, Translate } from '../../src/i18n/index.ts';
import { widgets, type WidgetRegistry } from '../../src/widgets/index.ts';

export type { Verdict };

/** An answerable item of the lesson, as the report names it. */
export interface ReportItem {
  id: string;
  kind: AnswerableKind;
  slide: number;
  question: string;
  options: string[];
  /** The right letters of a quiz; empty for the other kinds. */
  correct: string[];
  /** What the live session keeps of the item (its kind's limits), to summarise its answers as the board did. */
  session: SessionItem;
  /** The kind's name in the report. */
  label: MessageKey;
  /** How the kind describes the item, to read its answers with. */
  description?: ItemDescription;
}

export interface ReportAnswer {
  itemId: string;
  participantId: string;
  student: string;
  /** The student was removed from the lesson by the teacher (their answers still count here). */
  removed: boolean;
  text: string;
  verdict: Verdict;
  at: number;
  /** The answer as stored, for kinds the report shows as a picture. */
  value: AnswerValue;
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

/** The lesson's answerable items in slide order, named as their kinds describe them. */
export function reportItems(lessonWidgets: readonly LessonWidget[], registry: WidgetRegistry = widgets): ReportItem[] {
  return lessonWidgets.flatMap((widget) => {
    const rules = registry.answerRules(widget.kind);
    if (!widget.id || !rules) return [];
    const { prompt, options, correct } = rules.describe(widget.props);
    const session = { kind: widget.kind, slide: widget.slideIndex, ...(rules.item(widget.props) as object) } as SessionItem;
    return [{ id: widget.id, kind: widget.kind as AnswerableKind, slide: widget.slideIndex, question: prompt, options, correct, session, label: rules.labels.report, description: rules.describe(widget.props) }];
  });
}

/** An answer as a person reads it: "B – werven van nieuwe klanten", ideas joined with " | ", or the text; the app's own words by `t`. */
export function answerText(item: ReportItem, value: AnswerValue, registry: WidgetRegistry = widgets, t?: Translate): string {
  const rules = registry.answerRules(item.kind);
  return rules && value.kind === item.kind ? rules.answerText(describeOf(item), value, t) : '';
}

/** Right or wrong for kinds with a right answer (a quiz: exactly the right letters); null for the others. */
export function answerVerdict(item: ReportItem, value: AnswerValue, registry: WidgetRegistry = widgets): Verdict {
  const rules = registry.answerRules(item.kind);
  if (!rules?.verdict || value.kind !== item.kind) return null;
  return rules.verdict(describeOf(item), value);
}

/** The item's results as the report's table, by its kind (see `tally` in the widget definition); null for kinds without one. */
export function tallyOf(item: ReportItem, results: ItemResults, registry: WidgetRegistry = widgets) {
  const tally = registry.answerRules(item.kind)?.tally;
  return tally ? tally(describeOf(item), results) : null;
}

const describeOf = (item: ReportItem): ItemDescription =>
  item.description ?? { prompt: item.question, options: item.options, correct: item.correct, hasModel: false };

/**
 * Everything a session produced, per item and per student; every stored answer appears once.
 * `asked` holds the items the teacher opened; a quiz someone answered counts as asked too.
 */
export function buildReport(
  items: readonly ReportItem[],
  participants: readonly Participant[],
  answers: readonly Answer[],
  asked: readonly string[] = [],
  registry: WidgetRegistry = widgets,
  t?: Translate,
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
        text: answerText(item, value, registry, t),
        verdict: answerVerdict(item, value, registry),
        at: answer.updatedAt,
        value,
      },
    ];
  });
  const askedQuizzes = items.filter(
    (item) => registry.answerRules(item.kind)?.verdict !== undefined && (asked.includes(item.id) || readable.some((answer) => answer.itemId === item.id)),
  );
  return {
    items: items.map((item) => {
      const stored = answers.filter((answer) => answer.itemId === item.id);
      const results = summariseItem(
        item.session,
        stored.map((answer) => ({
          id: answer.id,
          participantId: answer.participantId,
          value: answer.value as AnswerValue,
          createdAt: answer.createdAt,
        })),
        registry,
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
