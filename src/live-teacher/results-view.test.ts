import { describe, expect, it } from 'vitest';
import type { ParticipantView } from '../shared/protocol/events.ts';
import type { ItemResults } from '../shared/session/results.ts';
import type { TeacherLesson } from './lesson-view.ts';
import { answeredSummary, barWidths, choiceRows, mindMapGroups, percentOf, resultsItemId, wallEntries } from './results-view.ts';

const lesson: TeacherLesson = {
  slides: [1, 2, 3].map((index) => ({ index, title: `Dia ${index}` })),
  items: [
    { id: 'q1', kind: 'quiz', slide: 1, prompt: 'Q1', options: ['a', 'b'], correct: ['B'], hasModel: false, rightAnswer: [], label: 'liveTeacher.kind.quiz', reveals: 'answer' },
    { id: 'p2', kind: 'poll', slide: 2, prompt: 'P2', options: ['ja', 'nee'], correct: [], hasModel: false, rightAnswer: [], label: 'liveTeacher.kind.poll', reveals: null },
    { id: 'o2', kind: 'openQuestion', slide: 2, prompt: 'O2', options: [], correct: [], hasModel: false, rightAnswer: [], label: 'liveTeacher.kind.openQuestion', reveals: null },
  ],
  timers: [],
};
const people = (spec: string): ParticipantView[] =>
  spec
    .split(' ')
    .map((entry) => ({ id: entry.replace('*', ''), name: entry.replace('*', '').toUpperCase(), connected: !entry.endsWith('*') }));

describe('resultsItemId', () => {
  it.each([
    ['nothing opened yet', { openItem: null, closedItems: [], slide: 1 }, null],
    ['the open item wins', { openItem: { id: 'p2', allowChanges: false }, closedItems: ['q1'], slide: 1 }, 'p2'],
    ['the last closed item on this slide', { openItem: null, closedItems: ['p2', 'q1', 'o2'], slide: 2 }, 'o2'],
    ['an earlier closed item on this slide beats a later one elsewhere', { openItem: null, closedItems: ['p2', 'q1'], slide: 2 }, 'p2'],
    ['else the last closed item at all', { openItem: null, closedItems: ['q1', 'p2'], slide: 3 }, 'p2'],
  ])('%s', (_name, state, expected) => {
    expect(resultsItemId(state, lesson)).toBe(expected);
  });
});

describe('answeredSummary', () => {
  it('counts answers of students in the lesson against the connected ones', () => {
    // a, b, c connected; d and e dropped out; d had answered; x answered and was removed since.
    const summary = answeredSummary(people('a b c d* e*'), ['a', 'd', 'x']);
    expect(summary.answered).toBe(2);
    expect(summary.expected).toBe(4);
    expect(summary.missing.map((participant) => [participant.id, participant.connected])).toEqual([
      ['b', true],
      ['c', true],
      ['e', false],
    ]);
  });

  it('is 0/0 in an empty lesson and complete when all answered', () => {
    expect(answeredSummary([], [])).toEqual({ answered: 0, expected: 0, missing: [] });
    expect(answeredSummary(people('a b'), ['b', 'a'])).toMatchObject({ answered: 2, expected: 2, missing: [] });
  });
});

describe('choice results', () => {
  const quiz: ItemResults = {
    kind: 'quiz',
    answered: 3,
    counts: [
      { letter: 'A', count: 1 },
      { letter: 'B', count: 2 },
    ],
  };

  it('gives counts and whole percentages of the students who answered', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
    expect(choiceRows(lesson.items[0] as TeacherLesson['items'][number], quiz, false)).toEqual([
      { letter: 'A', text: 'a', count: 1, percent: 33, correct: false },
      { letter: 'B', text: 'b', count: 2, percent: 67, correct: false },
    ]);
  });

  it('marks the right option only once it is revealed', () => {
    expect(choiceRows({ options: ['a', 'b'], correct: ['B'] }, quiz, true).map((row) => row.correct)).toEqual([false, true]);
  });

  it('shows every option at zero before results arrive', () => {
    expect(
      choiceRows({ options: ['ja', 'nee', 'weet niet'], correct: [] }, undefined, false).map((row) => [row.letter, row.count, row.percent]),
    ).toEqual([
      ['A', 0, 0],
      ['B', 0, 0],
      ['C', 0, 0],
    ]);
  });

  it('scales bars to the most chosen option', () => {
    expect(barWidths([{ count: 1 }, { count: 4 }, { count: 0 }])).toEqual([25, 100, 0]);
    expect(barWidths([{ count: 0 }, { count: 0 }])).toEqual([0, 0]);
    expect(barWidths([])).toEqual([]);
  });
});

describe('wallEntries', () => {
  const results: ItemResults = {
    kind: 'openQuestion',
    answered: 3,
    answers: [
      { id: 'x1', participantId: 'a', text: 'Oud', createdAt: 1 },
      { id: 'x3', participantId: 'gone', text: 'Van iemand die weg is', createdAt: 3 },
      { id: 'x2', participantId: 'b', text: 'Nieuw', createdAt: 2 },
    ],
  };

  it('puts the newest first, with author and what the teacher did to it', () => {
    expect(wallEntries(results, { hiddenAnswers: ['x2'], highlightedAnswers: ['x1'] }, people('a b'))).toEqual([
      { id: 'x3', text: 'Van iemand die weg is', author: '', hidden: false, highlighted: false },
      { id: 'x2', text: 'Nieuw', author: 'B', hidden: true, highlighted: false },
      { id: 'x1', text: 'Oud', author: 'A', hidden: false, highlighted: true },
    ]);
  });

  it('is empty for other kinds and before results arrive', () => {
    expect(wallEntries(undefined, { hiddenAnswers: [], highlightedAnswers: [] }, [])).toEqual([]);
    expect(wallEntries({ kind: 'poll', answered: 0, counts: [] }, { hiddenAnswers: [], highlightedAnswers: [] }, [])).toEqual([]);
  });
});

describe('mindMapGroups', () => {
  it('passes the groups of a mind map on and nothing for other kinds', () => {
    const groups = [{ label: 'Klantretentie', count: 3 }];
    expect(mindMapGroups({ kind: 'mindMap', answered: 3, groups })).toBe(groups);
    expect(mindMapGroups({ kind: 'poll', answered: 0, counts: [] })).toEqual([]);
    expect(mindMapGroups(undefined)).toEqual([]);
  });
});
