import type { AnswerValue } from './answers.ts';
import type { SessionLesson } from './state.ts';

/** Points for a right quiz answer; with speed points on, at most this much more for the quickest. */
export const SCORE = { correct: 1000, speedBonus: 200, speedWindowMs: 20_000 } as const;

export interface ScoreAnswer {
  participantId: string;
  itemId: string;
  value: AnswerValue;
  createdAt: number;
}

export interface ScoreEntry {
  participantId: string;
  name: string;
  points: number;
  /** Right answers among the quizzes counted. */
  correct: number;
  /** 1 for the most points; equal points share a rank (1, 2, 2, 4). */
  rank: number;
}

const sameLetters = (chosen: readonly string[], right: readonly string[]): boolean =>
  chosen.length === right.length && chosen.every((letter) => right.includes(letter));

/**
 * The competition's standings: only quizzes whose answer the teacher revealed count (so the board
 * never gives a right answer away), 1000 points each. Speed points, when the teacher turns them
 * on, are capped: the quickest right answer gets 200 more than one given 20 seconds after it, so a
 * slow phone loses little. Students without points are listed too, last.
 */
export function scoreboard(
  lesson: Pick<SessionLesson, 'items'>,
  revealed: readonly string[],
  answers: readonly ScoreAnswer[],
  participants: readonly { id: string; name: string }[],
  options: { speed: boolean },
): ScoreEntry[] {
  const totals = new Map(participants.map((participant) => [participant.id, { points: 0, correct: 0 }]));
  for (const itemId of revealed) {
    const right = Object.hasOwn(lesson.items, itemId) ? lesson.items[itemId]?.reveal?.correct : undefined;
    if (!right) continue;
    const answersToItem = answers.filter((answer) => answer.itemId === itemId && totals.has(answer.participantId));
    const first = Math.min(...answersToItem.map((answer) => answer.createdAt));
    for (const answer of answersToItem) {
      if (answer.value.kind !== 'quiz' || !sameLetters(answer.value.choices, right)) continue;
      const total = totals.get(answer.participantId);
      if (!total) continue;
      const late = Math.min(1, Math.max(0, (answer.createdAt - first) / SCORE.speedWindowMs));
      total.points += SCORE.correct + (options.speed ? Math.round(SCORE.speedBonus * (1 - late)) : 0);
      total.correct += 1;
    }
  }
  const entries = participants
    .map((participant) => ({ participantId: participant.id, name: participant.name, ...(totals.get(participant.id) ?? { points: 0, correct: 0 }) }))
    .sort((a, b) => b.points - a.points || a.name.localeCompare(b.name, 'nl'));
  return entries.map((entry) => ({ ...entry, rank: 1 + entries.filter((other) => other.points > entry.points).length }));
}
