import type { Answer, Participant } from '../../server/storage/index.ts';
import type { LessonWidget } from '../shared/lesson/analyse.ts';
import { toCsv } from '../shared/report/csv.ts';
import type { AnswerValue } from '../shared/session/answers.ts';
import { summariseItem, type ItemResults } from '../shared/session/results.ts';
import { ANSWERABLE_KINDS, type AnswerableKind } from '../shared/session/state.ts';

/** An answerable item of the lesson, as the report names it. */
export interface ReportItem {
  id: string;
  kind: AnswerableKind;
  slide: number;
  question: string;
  options: string[];
}

export interface ReportAnswer {
  itemId: string;
  participantId: string;
  student: string;
  text: string;
  at: number;
}

export interface Report {
  items: { item: ReportItem; results: ItemResults; answers: ReportAnswer[] }[];
  students: { id: string; name: string; removed: boolean; answers: Record<string, string> }[];
}

const isAnswerable = (kind: string): kind is AnswerableKind => (ANSWERABLE_KINDS as readonly string[]).includes(kind);

/** The lesson's answerable items in slide order. */
export function reportItems(widgets: readonly LessonWidget[]): ReportItem[] {
  return widgets.flatMap((widget) => {
    if (!widget.id || !isAnswerable(widget.kind)) return [];
    const question = String(widget.props.question ?? widget.props.term ?? widget.id);
    const options = Array.isArray(widget.props.options) ? widget.props.options.map(String) : [];
    return [{ id: widget.id, kind: widget.kind, slide: widget.slideIndex, question, options }];
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

/** Everything a session produced, per item and per student; every stored answer appears once. */
export function buildReport(items: readonly ReportItem[], participants: readonly Participant[], answers: readonly Answer[]): Report {
  const names = new Map(participants.map((participant) => [participant.id, participant.name]));
  const byItem = new Map(items.map((item) => [item.id, item]));
  const readable = answers.flatMap((answer): ReportAnswer[] => {
    const item = byItem.get(answer.itemId);
    if (!item) return [];
    return [{ itemId: item.id, participantId: answer.participantId, student: names.get(answer.participantId) ?? '?', text: answerText(item, answer.value as AnswerValue), at: answer.updatedAt }];
  });
  return {
    items: items.map((item) => {
      const stored = answers.filter((answer) => answer.itemId === item.id);
      const results = summariseItem(
        { kind: item.kind, slide: item.slide, optionCount: item.options.length },
        stored.map((answer) => ({ id: answer.id, participantId: answer.participantId, value: answer.value as AnswerValue, createdAt: answer.createdAt })),
      );
      return { item, results, answers: readable.filter((answer) => answer.itemId === item.id) };
    }),
    students: participants.map((participant) => ({
      id: participant.id,
      name: participant.name,
      removed: participant.removedAt !== null,
      answers: Object.fromEntries(readable.filter((answer) => answer.participantId === participant.id).map((answer) => [answer.itemId, answer.text])),
    })),
  };
}

const KIND_NAMES: Record<AnswerableKind, string> = { quiz: 'quiz', poll: 'peiling', mindMap: 'mindmap', openQuestion: 'open vraag' };

/** The report as CSV for Dutch Excel: one row per answer. */
export function reportCsv(report: Report, formatTime: (at: number) => string): string {
  const rows = report.items.flatMap(({ item, answers }) =>
    answers.map((answer) => [answer.student, item.slide, item.id, KIND_NAMES[item.kind], item.question, answer.text, formatTime(answer.at)]),
  );
  return toCsv(['Leerling', 'Dia', 'Onderdeel', 'Soort', 'Vraag', 'Antwoord', 'Tijd'], rows);
}

