import { describe, expect, it } from 'vitest';
import type { TeacherLesson } from './lesson-view.ts';
import { itemsOnSlide, liveLabelsOnSlide, slideTitle, stepSlide, timersOnSlide } from './slide-nav.ts';

const item = (id: string, kind: 'quiz' | 'poll' | 'mindMap' | 'openQuestion', slide: number) => ({
  id,
  kind,
  slide,
  prompt: id,
  options: [],
  correct: [],
  hasModel: false,
  rightAnswer: [],
  label: `liveTeacher.kind.${kind}` as const,
  reveals: null,
});
const lesson: TeacherLesson = {
  slides: [
    { index: 1, title: 'Welkom' },
    { index: 2, title: 'Vraag' },
    { index: 3, title: 'Werken' },
  ],
  items: [item('q', 'quiz', 2), item('p', 'poll', 2), item('q2', 'quiz', 2)],
  timers: [{ id: 't', slide: 3, label: 'Werken', durationMs: 60_000 }],
};

describe('stepSlide', () => {
  it.each([
    [1, 1, 3, 2],
    [3, 1, 3, null],
    [1, -1, 3, null],
    [2, -1, 3, 1],
    [1, 1, 1, null],
  ])('from %i by %i of %i -> %s', (current, delta, count, expected) => {
    expect(stepSlide(current, delta, count)).toBe(expected);
  });
});

describe('what is on a slide', () => {
  it('finds titles, items and timers', () => {
    expect(slideTitle(lesson, 2)).toBe('Vraag');
    expect(slideTitle(lesson, 9)).toBe('');
    expect(itemsOnSlide(lesson, 2).map((found) => found.id)).toEqual(['q', 'p', 'q2']);
    expect(itemsOnSlide(lesson, 1)).toEqual([]);
    expect(timersOnSlide(lesson, 3).map((found) => found.id)).toEqual(['t']);
  });

  it('names each live kind once', () => {
    expect(liveLabelsOnSlide(lesson, 2)).toEqual(['liveTeacher.kind.quiz', 'liveTeacher.kind.poll']);
    expect(liveLabelsOnSlide(lesson, 3)).toEqual(['liveTeacher.kind.timer']);
    expect(liveLabelsOnSlide(lesson, 1)).toEqual([]);
  });
});
