import type { ParticipantView } from '../shared/protocol/events.ts';
import type { ItemResults } from '../shared/session/results.ts';
import type { SessionState } from '../shared/session/state.ts';
import type { TeacherItem, TeacherLesson } from './lesson-view.ts';

/**
 * The item whose results the panel shows: the open one, else the last one closed on the current
 * slide, else the last one closed at all; null before anything was opened.
 */
export function resultsItemId(state: Pick<SessionState, 'openItem' | 'closedItems' | 'slide'>, lesson: TeacherLesson): string | null {
  if (state.openItem) return state.openItem.id;
  const onSlide = new Set(lesson.items.filter((item) => item.slide === state.slide).map((item) => item.id));
  return state.closedItems.findLast((id) => onSlide.has(id)) ?? state.closedItems.at(-1) ?? null;
}

export interface AnsweredSummary {
  /** Students in the lesson who answered. */
  answered: number;
  /** Students who could answer: everyone connected, plus those who answered and dropped out since. */
  expected: number;
  /** Students in the lesson without an answer, in join order; `connected` tells who can still answer now. */
  missing: ParticipantView[];
}

/** "23/28 beantwoord" and who has not answered yet. Removed students count nowhere. */
export function answeredSummary(participants: readonly ParticipantView[], answeredBy: readonly string[]): AnsweredSummary {
  const answeredIds = new Set(answeredBy);
  const answered = participants.filter((participant) => answeredIds.has(participant.id));
  const missing = participants.filter((participant) => !answeredIds.has(participant.id));
  return {
    answered: answered.length,
    expected: answered.length + missing.filter((participant) => participant.connected).length,
    missing,
  };
}

/** Whole percent of `part` in `whole`; 0 when nobody answered. */
export const percentOf = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 100) : 0);

export interface ChoiceRow {
  letter: string;
  text: string;
  count: number;
  /** Share of the students who answered (with multiple choice the shares add up to more than 100). */
  percent: number;
  /** Marked only once the right answer is revealed, because the panel may be on the board. */
  correct: boolean;
}

/** One row per option of a quiz or poll, in option order. */
export function choiceRows(
  item: Pick<TeacherItem, 'options' | 'correct'>,
  results: ItemResults | undefined,
  revealed: boolean,
): ChoiceRow[] {
  const counts = results && (results.kind === 'quiz' || results.kind === 'poll') ? results.counts : [];
  const answered = results?.answered ?? 0;
  return item.options.map((text, index) => {
    const letter = String.fromCharCode(65 + index);
    const count = counts.find((entry) => entry.letter === letter)?.count ?? 0;
    return { letter, text, count, percent: percentOf(count, answered), correct: revealed && item.correct.includes(letter) };
  });
}

/** Width of a bar in percent of the widest one, so the most chosen option fills the row. */
export function barWidths(rows: readonly Pick<ChoiceRow, 'count'>[]): number[] {
  const most = Math.max(0, ...rows.map((row) => row.count));
  return rows.map((row) => (most > 0 ? Math.round((row.count / most) * 100) : 0));
}

export interface WallEntry {
  id: string;
  text: string;
  /** The author's name, or an empty string for a student who has since been removed. */
  author: string;
  hidden: boolean;
  highlighted: boolean;
}

/** The open-question wall, newest first, with what the teacher hid or highlighted. */
export function wallEntries(
  results: ItemResults | undefined,
  state: Pick<SessionState, 'hiddenAnswers' | 'highlightedAnswers'>,
  participants: readonly ParticipantView[],
): WallEntry[] {
  if (results?.kind !== 'openQuestion') return [];
  const names = new Map(participants.map((participant) => [participant.id, participant.name]));
  return [...results.answers]
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((answer) => ({
      id: answer.id,
      text: answer.text,
      author: names.get(answer.participantId) ?? '',
      hidden: state.hiddenAnswers.includes(answer.id),
      highlighted: state.highlightedAnswers.includes(answer.id),
    }));
}

/** Mind-map groups as the server sent them (most frequent first); none for other kinds. */
export const mindMapGroups = (results: ItemResults | undefined): { label: string; count: number }[] =>
  results?.kind === 'mindMap' ? results.groups : [];
