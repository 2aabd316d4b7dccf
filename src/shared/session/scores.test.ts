import { describe, expect, it } from 'vitest';
import { scoreboard, type ScoreAnswer } from './scores.ts';
import type { SessionLesson } from './state.ts';

const lesson: Pick<SessionLesson, 'items'> = {
  items: {
    q1: { kind: 'quiz', slide: 2, optionCount: 2, reveal: { correct: ['B'] } },
    q2: { kind: 'quiz', slide: 3, optionCount: 3, multiple: true, reveal: { correct: ['A', 'C'] } },
    poll: { kind: 'poll', slide: 4, optionCount: 2 },
  },
};
const people = [
  { id: 'ann', name: 'Ann' },
  { id: 'bo', name: 'Bo' },
  { id: 'cas', name: 'Cas' },
  { id: 'dex', name: 'Dex' },
];
const quiz = (participantId: string, itemId: string, choices: string[], createdAt = 0): ScoreAnswer => ({ participantId, itemId, value: { kind: 'quiz', choices }, createdAt });
const answers = [
  quiz('ann', 'q1', ['B'], 0),
  quiz('bo', 'q1', ['B'], 10_000),
  quiz('cas', 'q1', ['A'], 1_000),
  quiz('ann', 'q2', ['C', 'A']),
  quiz('bo', 'q2', ['A']),
  quiz('cas', 'q2', ['A', 'C']),
];

describe('competition standings', () => {
  it('counts only revealed quizzes, 1000 points a right answer, ties share a rank', () => {
    expect(scoreboard(lesson, ['q1'], answers, people, { speed: false })).toEqual([
      { participantId: 'ann', name: 'Ann', points: 1000, correct: 1, rank: 1 },
      { participantId: 'bo', name: 'Bo', points: 1000, correct: 1, rank: 1 },
      { participantId: 'cas', name: 'Cas', points: 0, correct: 0, rank: 3 },
      { participantId: 'dex', name: 'Dex', points: 0, correct: 0, rank: 3 },
    ]);
  });

  it('needs every right letter of a multiple-choice quiz, in any order', () => {
    const board = scoreboard(lesson, ['q1', 'q2'], answers, people, { speed: false });
    expect(board.map((entry) => [entry.name, entry.points, entry.rank])).toEqual([
      ['Ann', 2000, 1],
      ['Bo', 1000, 2],
      ['Cas', 1000, 2],
      ['Dex', 0, 4],
    ]);
  });

  it('speed points are capped: a slow phone loses at most 200 of 1200', () => {
    const board = scoreboard(lesson, ['q1'], [...answers, quiz('dex', 'q1', ['B'], 60_000)], people, { speed: true });
    expect(Object.fromEntries(board.map((entry) => [entry.name, entry.points]))).toEqual({ Ann: 1200, Bo: 1100, Dex: 1000, Cas: 0 });
  });

  it('ignores polls, unknown items and answers of people no longer in the lesson', () => {
    const board = scoreboard(lesson, ['poll', 'nope', 'constructor'], [quiz('zed', 'q1', ['B'])], people, { speed: false });
    expect(board.every((entry) => entry.points === 0)).toBe(true);
    expect(scoreboard(lesson, ['q1'], [quiz('zed', 'q1', ['B'])], people, { speed: false }).map((entry) => entry.name)).not.toContain('zed');
  });
});
