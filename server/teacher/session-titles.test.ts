import { describe, expect, it } from 'vitest';
import { withLessonTitles } from './session-titles.ts';

describe('withLessonTitles', () => {
  const lessons = [
    { slug: 'relatiebeheer/les-2-wat-is-relatiebeheer', title: 'Les 2: Wat is Relatiebeheer?' },
    { slug: 'relatiebeheer/les-3', title: 'Les 3: Klantenbinding' },
  ];

  it.each([
    ['relatiebeheer/les-2-wat-is-relatiebeheer', 'Les 2: Wat is Relatiebeheer?'],
    ['relatiebeheer/les-3', 'Les 3: Klantenbinding'],
    ['oud/les-weg', 'les-weg'],
    ['', ''],
  ])('%s is listed as %s', (lessonSlug, title) => {
    expect(withLessonTitles([{ id: 's1', lessonSlug }], lessons)).toEqual([{ session: { id: 's1', lessonSlug }, lessonTitle: title }]);
  });

  it('keeps the order of the sessions', () => {
    const sessions = [{ lessonSlug: 'relatiebeheer/les-3' }, { lessonSlug: 'relatiebeheer/les-2-wat-is-relatiebeheer' }];
    expect(withLessonTitles(sessions, lessons).map((entry) => entry.lessonTitle)).toEqual(['Les 3: Klantenbinding', 'Les 2: Wat is Relatiebeheer?']);
  });
});
