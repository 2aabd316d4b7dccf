import { describe, expect, it } from 'vitest';
import type { TeacherLesson } from '../live-teacher/lesson-view.ts';
import { createSessionState, type SessionState } from '../shared/session/state.ts';
import {
  boardResultsItem,
  cloudFontSizes,
  packWall,
  showsJoinBanner,
  slideItem,
  WALL_FONTS,
  wallColumns,
  wallOrder,
} from './board-view.ts';

const lesson: TeacherLesson = {
  slides: [1, 2, 3, 4].map((index) => ({ index, title: `Dia ${index}` })),
  items: [
    { id: 'mind', kind: 'mindMap', slide: 2, prompt: 'Relatie', options: [], correct: [], hasModel: false, rightAnswer: [], label: 'liveTeacher.kind.mindMap', reveals: 'model' },
    { id: 'quiz', kind: 'quiz', slide: 3, prompt: 'Wat?', options: ['a', 'b'], correct: ['A'], hasModel: false, rightAnswer: [], label: 'liveTeacher.kind.quiz', reveals: 'answer' },
  ],
  timers: [],
};
const base = createSessionState({ slug: 'm/l', slideCount: 4, items: {}, timers: {} });
const state = (change: Partial<SessionState>): SessionState => ({ ...base, ...change });

describe('board results', () => {
  it.each([
    ['hidden until the teacher shows them', state({ slide: 2, closedItems: ['mind'] }), null],
    ['the closed item of the slide', state({ slide: 2, closedItems: ['mind'], resultsShown: true }), 'mind'],
    [
      'the open item',
      state({ slide: 3, openItem: { id: 'quiz', allowChanges: false }, closedItems: ['mind'], resultsShown: true }),
      'quiz',
    ],
    [
      'never the previous slide’s results over a slide without a question',
      state({ slide: 4, closedItems: ['mind', 'quiz'], resultsShown: true }),
      null,
    ],
    ['never results of another slide', state({ slide: 3, closedItems: ['mind'], resultsShown: true }), null],
  ])('%s', (_name, given, expected) => {
    expect(boardResultsItem(given, lesson)?.id ?? null).toBe(expected);
  });

  it('the results toggle works on the slide’s own item', () => {
    expect(slideItem(state({ slide: 3 }), lesson)?.id).toBe('quiz');
    expect(slideItem(state({ slide: 1 }), lesson)).toBeNull();
  });
});

describe('join banner', () => {
  it.each([
    [{}, true],
    [{ lobby: true }, false],
    [{ locked: true }, false],
    [{ joinBanner: false }, false],
    [{ ended: true }, false],
    [{ lobby: undefined, joinBanner: undefined }, true],
  ])('%j shows: %s', (change, shown) => {
    expect(showsJoinBanner(state({ lobby: false, ...change }))).toBe(shown);
  });
});

describe('answer wall', () => {
  it('packs answers into columns and pages in order, every answer once', () => {
    expect(packWall([100, 100, 100, 100], 2, 210, 10)).toEqual([[0, 1, 2, 3]]);
    expect(packWall([100, 100, 100, 100, 100], 2, 210, 10)).toEqual([[0, 1, 2, 3], [4]]);
    expect(packWall([300, 50, 50], 2, 200, 10)).toEqual([[0, 1, 2]]);
    expect(packWall([300, 300, 300], 2, 200, 10)).toEqual([[0, 1], [2]]);
    const pages = packWall(
      Array.from({ length: 30 }, (_, i) => 60 + (i % 4) * 40),
      3,
      500,
      12,
    );
    expect(pages.flat()).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
  it('puts highlighted answers first and uses more columns for more answers', () => {
    expect(
      wallOrder([
        { id: 'a', highlighted: false },
        { id: 'b', highlighted: true },
      ]).map((entry) => entry.id),
    ).toEqual(['b', 'a']);
    expect([1, 4, 5, 9, 10, 30].map(wallColumns)).toEqual([2, 2, 3, 3, 4, 4]);
    expect(Math.min(...WALL_FONTS)).toBe(26);
  });
});

describe('word cloud sizes', () => {
  it('grow with the count, from the minimum to the maximum', () => {
    expect(cloudFontSizes([9, 4, 1])).toEqual([110, 70, 30]);
    expect(cloudFontSizes([1, 1])).toEqual([56, 56]);
  });
});
