import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../shared/lesson/parse.ts';
import { sessionLessonFrom } from '../shared/session/lesson.ts';
import { teacherLessonFrom } from './lesson-view.ts';

const les2 = parseLesson(
  readFileSync(path.resolve(import.meta.dirname, '../../lessons/relatiebeheer/les-2-wat-is-relatiebeheer.mdx'), 'utf8'),
);

describe('teacherLessonFrom', () => {
  it('keeps per slide only its index and title', () => {
    const lesson = teacherLessonFrom(les2.slides);
    expect(lesson.slides).toHaveLength(31);
    expect(lesson.slides[0]).toEqual({ index: 1, title: expect.any(String) });
    expect(lesson.slides.find((slide) => slide.index === 12)?.title).toBe(les2.slides[11]?.title);
  });

  it('lists the items and timers the live server knows, on the same slides', () => {
    const teacher = teacherLessonFrom(les2.slides);
    const server = sessionLessonFrom('relatiebeheer/les-2-wat-is-relatiebeheer', les2);
    expect(Object.fromEntries(teacher.items.map((item) => [item.id, { kind: item.kind, slide: item.slide }]))).toEqual(
      Object.fromEntries(Object.entries(server.items).map(([id, item]) => [id, { kind: item.kind, slide: item.slide }])),
    );
    expect(Object.fromEntries(teacher.timers.map((timer) => [timer.id, { slide: timer.slide, durationMs: timer.durationMs }]))).toEqual(
      server.timers,
    );
  });

  it('gives a quiz its question, options and right letters', () => {
    const quiz = teacherLessonFrom(les2.slides).items.find((item) => item.id === 'quiz-kosten');
    expect(quiz).toEqual({
      id: 'quiz-kosten',
      kind: 'quiz',
      slide: expect.any(Number),
      prompt: 'Wat is duurder? Het behouden van je klant of het werven van nieuwe klanten?',
      options: ['het behouden van klanten', 'werven van nieuwe klanten'],
      correct: ['B'],
      hasModel: false,
      rightAnswer: ['B – werven van nieuwe klanten'],
      label: 'liveTeacher.kind.quiz',
      reveals: 'answer',
    });
  });

  it('gives a mind map its term and whether it has a model, without the model itself', () => {
    const items = teacherLessonFrom(les2.slides).items;
    expect(items.find((item) => item.id === 'mindmap-relatiebeheer')).toMatchObject({
      prompt: 'Relatiebeheer?',
      hasModel: true,
      options: [],
      correct: [],
    });
    expect(items.find((item) => item.id === 'mindmap-klanten-binden')).toMatchObject({ hasModel: false });
    expect(JSON.stringify(items)).not.toContain('Klantretentie');
  });

  it('gives a timer its label and duration', () => {
    expect(teacherLessonFrom(les2.slides).timers.find((timer) => timer.id === 'timer-zelfstandig')).toMatchObject({
      label: 'Zelfstandig werken',
      durationMs: 240_000,
    });
  });

  it('leaves out widgets without an id and kinds that are not live, and copes with odd props', () => {
    const lesson = teacherLessonFrom([
      {
        index: 1,
        title: 'Een',
        widgets: [
          { kind: 'video', id: 'film', props: { title: 'Film' } },
          { kind: 'poll', id: undefined, props: { question: 'Zonder id', options: ['a', 'b'] } },
          { kind: 'quiz', id: 'q', props: { question: 'Multi', options: ['a', 'b', 'c', 7], correct: ['A', 'C'] } },
          { kind: 'timer', id: 't', props: { duration: 90 } },
          { kind: 'openQuestion', id: 'o', props: {} },
        ],
      },
    ]);
    expect(lesson.items.map((item) => [item.id, item.prompt, item.options, item.correct])).toEqual([
      ['q', 'Multi', ['a', 'b', 'c'], ['A', 'C']],
      ['o', '', [], []],
    ]);
    expect(lesson.timers).toEqual([{ id: 't', slide: 1, label: '', durationMs: 90_000 }]);
  });
});
